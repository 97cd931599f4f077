// What a set of files is, and reading it: one snapshot file (its dataset and view), GEXF or
// GraphML (parsed on the page, where the XML parser is, after a memory estimate), or tables (the
// import worker, with the graph grown while it reads and a memory estimate first).
import type { LoadOptions, LoadProgress } from '$lib/data/load-dataset';
import type { Dataset } from '$lib/data/types';
import type { BlobFile } from '$lib/data/worker-protocol';
import { ImportTooBig } from '$lib/data/import-client';
import { fitsBudget, xmlMemoryNeed } from '$lib/data/memory-estimate';
import { detectXmlFormat } from '$lib/data/xml-graph';
import type { Snapshot } from '$lib/export/snapshot';
import { looksLikeSnapshot } from '$lib/export/snapshot-format';
import { buildGraph } from '$lib/graph/build-graph';
import { t } from '$lib/i18n/i18n.svelte';
import { importWithGraph, type ImportedGraph } from './import-graph';
import { memoryBudget } from './memory-budget';
import { loadBrowserXmlTools } from './xml-tools-browser';

const headOf = async (file: BlobFile) =>
	new Uint8Array(await file.blob.slice(0, 1024).arrayBuffer());

export async function isXmlFile(file: BlobFile): Promise<boolean> {
	return detectXmlFormat(file.name, await headOf(file)) !== null;
}

export async function isSnapshotFile(file: BlobFile): Promise<boolean> {
	return looksLikeSnapshot(await headOf(file));
}

export type ReadImport = Partial<ImportedGraph> & { dataset: Dataset; snapshot?: Snapshot };

export async function readImport(
	files: BlobFile[],
	options: LoadOptions,
	{ signal, onProgress }: { signal: AbortSignal; onProgress: (progress: LoadProgress) => void }
): Promise<ReadImport> {
	const [only] = files;
	if (files.length === 1 && only && (await isSnapshotFile(only))) {
		const { readSnapshot, SnapshotError } = await import('$lib/export/snapshot');
		try {
			const snapshot = readSnapshot(await only.blob.text(), only.name);
			return { dataset: snapshot.dataset, snapshot };
		} catch (error) {
			if (!(error instanceof SnapshotError)) throw error;
			throw new Error(t('export.snapshot.unreadable', { file: only.name, reason: error.message }), {
				cause: error
			});
		}
	}
	if (!(await Promise.all(files.map(isXmlFile))).some(Boolean))
		return importWithGraph(files, options, {
			onProgress,
			signal,
			budget: memoryBudget()
		});
	// The pipeline itself loads only now: the page needs it here, the worker everywhere else.
	const [xml, { loadDataset }] = await Promise.all([
		loadBrowserXmlTools(),
		import('$lib/data/load-dataset')
	]);
	const inputs = await Promise.all(
		files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.blob.arrayBuffer()) }))
	);
	// A tab out of memory is lost with everything on it: refuse before the parser starts.
	const need = inputs
		.map((input) => xmlMemoryNeed(input.bytes))
		.reduce((sum, one) => ({ worker: 0, page: sum.page + one.page }));
	const budget = memoryBudget();
	if (!fitsBudget(need, budget)) throw new ImportTooBig(need, budget);
	const dataset = loadDataset(inputs, options, { xml });
	return { dataset, graph: buildGraph(dataset) };
}
