// An import that builds its graph while the worker still reads: each part the worker hands over
// is added to the graph in its own short task, so the page stays responsive and the graph is
// ready soon after the last row is read.
import { importInWorker, type ImportCallbacks } from '$lib/data/import-client';
import type { LoadOptions } from '$lib/data/load-dataset';
import type { Dataset } from '$lib/data/types';
import type { SourceFile } from '$lib/data/worker-protocol';
import { GraphBuilder, type SplinterGraph } from '$lib/graph/build-graph';

export interface ImportedGraph {
	dataset: Dataset;
	graph: SplinterGraph;
}

export async function importWithGraph(
	files: SourceFile[],
	options: LoadOptions = {},
	callbacks: Omit<ImportCallbacks, 'sink'> = {}
): Promise<ImportedGraph> {
	let builder = new GraphBuilder();
	const dataset = await importInWorker(files, options, {
		...callbacks,
		sink: {
			organizations: (items) => builder.addOrganizations(items),
			relations: (items) => builder.addRelations(items),
			restart: () => (builder = new GraphBuilder())
		}
	});
	return { dataset, graph: builder.finish() };
}
