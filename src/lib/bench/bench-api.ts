// `window.__splinterBench`, present only when the page URL has `?bench` (loaded on demand, so it
// costs the normal page nothing). `npm run bench` drives it: each app figure is taken in the same
// page as its baseline, because these machines are noisy (see shared/docs/performance.md).
import { importInWorker } from '$lib/data/import-client';
import type { AppState } from '$lib/state/app-state.svelte';
import { csvParseRows } from 'd3-dsv';
import { MultiGraph } from 'graphology';

export interface IngestResult {
	ms: number;
	nodes: number;
	edges: number;
	bytes: number;
}

export interface BenchApi {
	/** The app's own pipeline: bytes → worker (decode, parse, map, validate) → graph built. */
	ingest(url: string): Promise<IngestResult>;
	/** The baseline: d3-dsv csvParseRows + a graphology addEdgeWithKey loop, on the main thread. */
	baselineIngest(url: string): Promise<IngestResult>;
}

declare global {
	interface Window {
		__splinterBench?: BenchApi;
	}
}

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`bench: ${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

export function installBenchApi(app: AppState): void {
	window.__splinterBench = {
		async ingest(url) {
			const bytes = await fetchBytes(url);
			const size = bytes.byteLength;
			performance.mark('bench:ingest:start');
			const dataset = await importInWorker([{ name: url.split('/').pop() ?? 'bench.csv', bytes }]);
			app.setDataset(dataset);
			const measure = performance.measure('bench:ingest', 'bench:ingest:start');
			return { ms: measure.duration, nodes: app.graph!.order, edges: app.graph!.size, bytes: size };
		},
		async baselineIngest(url) {
			const bytes = await fetchBytes(url);
			const start = performance.now();
			const rows = csvParseRows(new TextDecoder().decode(bytes));
			const graph = new MultiGraph();
			for (let i = 1; i < rows.length; i++) {
				const row = rows[i]!;
				graph.mergeNode(row[0]!);
				graph.mergeNode(row[1]!);
				graph.addEdgeWithKey(String(i), row[0]!, row[1]!, { type: row[2] });
			}
			return {
				ms: performance.now() - start,
				nodes: graph.order,
				edges: graph.size,
				bytes: bytes.byteLength
			};
		}
	};
}
