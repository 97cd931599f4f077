// The import worker's side of handing a dataset to the page in parts, in final order, so that the
// page can build the graph while the worker still reads. Organizations come before the relations
// that name them. An edge list without a node table is handed over while it is read: its
// organizations are the edge ends in order of first appearance, which the page infers itself;
// with a node table, whose rows come first, everything is handed over once read.
import { loadDataset, type InputFile, type LoadHooks, type LoadOptions } from './load-dataset';
import { PREVIEW_BYTES, previewFile } from './preview';
import { columnBuffers, toColumns, type RelationColumns } from './relation-columns';
import type { Dataset, Diagnostic, Organization, Relation } from './types';

export type DatasetPart =
	| { kind: 'organizations'; items: Organization[] }
	/** Relations; `inferEnds`: their ends not seen before are organizations to infer, in order
	 * (an edge list without a node table: the page makes those records, as reconcile does). */
	| { kind: 'relations'; columns: RelationColumns; inferEnds: boolean }
	| { kind: 'diagnostics'; items: Diagnostic[] }
	/** Forget every part so far: they come again (a node table turned up after all). */
	| { kind: 'restart' };

/** Records per part: few enough that the page unpacks and adds each part within a few
 * milliseconds, so no task of the page comes near 50 ms even on a slow or busy machine. */
export const PART_SIZE = 500;

export type Emit = (part: DatasetPart, transfer?: ArrayBuffer[]) => void;

/** True when no file's head shows a node table (its rows would come before inferred ones). */
export function mayStream(files: InputFile[], options: LoadOptions): boolean {
	return files.every((file) => {
		const preview = previewFile(
			{ name: file.name, bytes: file.bytes.subarray(0, PREVIEW_BYTES) },
			options.choices?.[file.name],
			file.bytes.length > PREVIEW_BYTES
		);
		return preview.format === 'table' && preview.kind !== 'organizations';
	});
}

function emitRelations(relations: readonly Relation[], inferEnds: boolean, emit: Emit): void {
	for (let i = 0; i < relations.length; i += PART_SIZE) {
		const columns = toColumns(relations.slice(i, i + PART_SIZE));
		emit({ kind: 'relations', columns, inferEnds }, columnBuffers(columns));
	}
}

/** Loads the files and emits the dataset's organizations, relations and diagnostics in parts;
 * returns the dataset with those three lists emptied (they went in the parts). `streaming` says
 * whether to hand relations over while reading; it starts over if that proves wrong. */
export function streamDataset(
	files: InputFile[],
	options: LoadOptions,
	hooks: LoadHooks,
	emit: Emit,
	streaming = mayStream(files, options)
): Dataset {
	const dataset = loadDataset(files, options, {
		...hooks,
		onRelations: streaming ? (relations) => emitRelations(relations, true, emit) : undefined
	});
	// Streamed right when every organization was inferred from the edge ends (reconcile infers
	// them in order of first appearance, as the page does).
	const streamed =
		streaming &&
		!dataset.accounts.some((a) => a.table === 'organizations') &&
		dataset.organizations.every((o) => o.origin === null);
	if (streaming && !streamed) emit({ kind: 'restart' });
	if (!streamed) {
		for (let i = 0; i < dataset.organizations.length; i += PART_SIZE)
			emit({ kind: 'organizations', items: dataset.organizations.slice(i, i + PART_SIZE) });
		emitRelations(dataset.relations, false, emit);
	}
	for (let i = 0; i < dataset.diagnostics.length; i += PART_SIZE)
		emit({ kind: 'diagnostics', items: dataset.diagnostics.slice(i, i + PART_SIZE) });
	return { ...dataset, organizations: [], relations: [], diagnostics: [] };
}
