// An import that builds its graph while the worker still reads: each part the worker hands over
// is added to the graph in its own short task, so the page stays responsive and the graph is
// ready soon after the last row is read.
import {
	ImportCancelled,
	ImportTooBig,
	importInWorker,
	type ImportCallbacks
} from '$lib/data/import-client';
import { pageHeldBy } from '$lib/data/memory-estimate';
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
	const { budget } = callbacks;
	// The estimate before reading counts rows only; how many organizations the rows name shows
	// only now. A graph that outgrows the page's share is stopped here, before the tab runs out.
	const outgrown = new AbortController();
	let stopped: ImportTooBig | null = null;
	const check = () => {
		const { order, size } = builder.graph;
		const held = pageHeldBy(order, size);
		if (!budget || stopped || held <= budget.page) return;
		stopped = new ImportTooBig({ worker: 0, page: held }, budget, undefined, {
			organizations: order,
			relations: size
		});
		outgrown.abort();
	};
	const signal = callbacks.signal
		? AbortSignal.any([callbacks.signal, outgrown.signal])
		: outgrown.signal;
	try {
		const dataset = await importInWorker(files, options, {
			...callbacks,
			signal,
			sink: {
				organizations: (items) => {
					builder.addOrganizations(items);
					check();
				},
				relations: (items) => {
					builder.addRelations(items);
					check();
				},
				restart: () => (builder = new GraphBuilder())
			}
		});
		return { dataset, graph: builder.finish() };
	} catch (error) {
		throw error instanceof ImportCancelled && stopped ? stopped : error;
	}
}
