// The import worker's side of handing a dataset to the page in parts, in final order, so that the
// page can build the graph while the worker still reads. Organizations come before the relations
// that name them. An edge list without a node table is handed over while it is read (its
// organizations are the edge ends, in order of first appearance); with a node table, whose rows
// come first, everything is handed over once read.
import { loadDataset, type InputFile, type LoadHooks, type LoadOptions } from './load-dataset';
import { PREVIEW_BYTES, previewFile } from './preview';
import { columnBuffers, toColumns, type RelationColumns } from './relation-columns';
import type { Dataset, Diagnostic, Organization, Relation } from './types';

export type DatasetPart =
	/** Organizations inferred from edge ends (no node table): the page makes their records. */
	| { kind: 'inferred'; ids: string[] }
	| { kind: 'organizations'; items: Organization[] }
	| { kind: 'relations'; columns: RelationColumns }
	| { kind: 'diagnostics'; items: Diagnostic[] }
	/** Forget every part so far: they come again (a node table turned up after all). */
	| { kind: 'restart' };

/** Records per part: small enough that the page handles each within a few milliseconds. */
export const PART_SIZE = 2_000;

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

function emitRelations(relations: readonly Relation[], emit: Emit): void {
	for (let i = 0; i < relations.length; i += PART_SIZE) {
		const columns = toColumns(relations.slice(i, i + PART_SIZE));
		emit({ kind: 'relations', columns }, columnBuffers(columns));
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
	const seen = new Set<string>();
	const inferred: string[] = [];
	const onRelations = (relations: Relation[]) => {
		const ids: string[] = [];
		const see = (id: string) => {
			seen.add(id);
			ids.push(id);
			inferred.push(id);
		};
		for (const r of relations) {
			if (!seen.has(r.source)) see(r.source);
			if (!seen.has(r.target)) see(r.target);
		}
		if (ids.length > 0) emit({ kind: 'inferred', ids });
		emitRelations(relations, emit);
	};
	const dataset = loadDataset(files, options, {
		...hooks,
		onRelations: streaming ? onRelations : undefined
	});
	const streamed =
		streaming &&
		dataset.organizations.length === inferred.length &&
		dataset.organizations.every((o, i) => o.origin === null && o.id === inferred[i]);
	if (streaming && !streamed) emit({ kind: 'restart' });
	if (!streamed) {
		for (let i = 0; i < dataset.organizations.length; i += PART_SIZE)
			emit({ kind: 'organizations', items: dataset.organizations.slice(i, i + PART_SIZE) });
		emitRelations(dataset.relations, emit);
	}
	for (let i = 0; i < dataset.diagnostics.length; i += PART_SIZE)
		emit({ kind: 'diagnostics', items: dataset.diagnostics.slice(i, i + PART_SIZE) });
	return { ...dataset, organizations: [], relations: [], diagnostics: [] };
}
