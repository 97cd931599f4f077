// The import worker's side of handing a dataset to the page in parts, in final order, so that the
// page can build the graph while the worker still reads. Organizations come before the relations
// that name them. An edge list without a node table is handed over while it is read: its
// organizations are the edge ends in order of first appearance, which the page infers itself;
// with a node table, whose rows come first, everything is handed over once read.
import { loadDataset, type InputFile, type LoadHooks, type LoadOptions } from './load-dataset';
import { previewFile } from './preview';
import { columnBuffers, toColumns, type RelationColumns } from './relation-columns';
import type { Dataset, Diagnostic, Organization, Relation } from './types';

export type DatasetPart =
	| { kind: 'organizations'; items: Organization[] }
	/** Relations; `newEnds` (an edge list without a node table) marks, per relation, the ends
	 * seen for the first time (1: source, 2: target): organizations the page infers, in that order,
	 * as reconcile does. */
	| { kind: 'relations'; columns: RelationColumns; newEnds: Uint8Array | null }
	| { kind: 'diagnostics'; items: Diagnostic[] }
	/** Forget every part so far: they come again (a node table turned up after all). */
	| { kind: 'restart' };

/** Records per part: few enough that the page unpacks and adds each part within a few
 * milliseconds, so no task of the page comes near 50 ms even on a slow or busy machine. */
export const PART_SIZE = 500;

export type Emit = (part: DatasetPart, transfer?: ArrayBuffer[]) => void;

/** Enough of a file to see its header and first rows; a wrong guess costs a restart only. */
const HEAD_BYTES = 16 * 1024;

/** True when no file's head shows a node table (its rows would come before inferred ones). */
export function mayStream(files: InputFile[], options: LoadOptions): boolean {
	return files.every((file) => {
		const preview = previewFile(
			{ name: file.name, bytes: file.bytes.subarray(0, HEAD_BYTES) },
			options.choices?.[file.name],
			file.bytes.length > HEAD_BYTES
		);
		return preview.format === 'table' && preview.kind !== 'organizations';
	});
}

/** Ends seen so far, when the page is to infer organizations (null otherwise). */
function emitRelations(relations: readonly Relation[], seen: Set<string> | null, emit: Emit): void {
	for (let i = 0; i < relations.length; i += PART_SIZE) {
		const part = relations.slice(i, i + PART_SIZE);
		const columns = toColumns(part);
		const buffers = columnBuffers(columns);
		let newEnds: Uint8Array | null = null;
		if (seen) {
			newEnds = new Uint8Array(part.length);
			for (let k = 0; k < part.length; k++) {
				const { source, target } = part[k]!;
				let flags = 0;
				if (!seen.has(source)) {
					seen.add(source);
					flags |= 1;
				}
				if (!seen.has(target)) {
					seen.add(target);
					flags |= 2;
				}
				newEnds[k] = flags;
			}
			buffers.push(newEnds.buffer as ArrayBuffer);
		}
		emit({ kind: 'relations', columns, newEnds }, buffers);
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
	const dataset = loadDataset(files, options, {
		...hooks,
		onRelations: streaming ? (relations) => emitRelations(relations, seen, emit) : undefined
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
		emitRelations(dataset.relations, null, emit);
	}
	for (let i = 0; i < dataset.diagnostics.length; i += PART_SIZE)
		emit({ kind: 'diagnostics', items: dataset.diagnostics.slice(i, i + PART_SIZE) });
	return { ...dataset, organizations: [], relations: [], diagnostics: [] };
}
