// Ingest: the app's import of a dropped CSV file until the graph is ready, and the baseline
// (d3-dsv + a graphology loop on the main thread) on the same bytes.
import { csvParseRows } from 'd3-dsv';
import { MultiGraph } from 'graphology';
import type { BenchTarget } from './bench-api';
import { measuredEnd, sleep, waitFor, watchStalls, type StallReport } from './frames';

export interface IngestResult {
	ms: number;
	nodes: number;
	edges: number;
	bytes: number;
	/** Main-thread stalls from the start of the import until the graph was ready. */
	stalls?: StallReport;
	/** Distinct progress values the page saw (the progress bar moved this many times). */
	progressSteps?: number;
	/** The first drawing of the new graph (sigma created, first frame), after the graph was ready. */
	firstDrawMs?: number;
	/** Longest stall from graph ready until the first drawing was done. */
	firstDrawStall?: StallReport;
}

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`bench: ${url}: HTTP ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

export async function ingest({ app, importer }: BenchTarget, url: string): Promise<IngestResult> {
	const bytes = await fetchBytes(url);
	const file = { name: url.split('/').pop() ?? 'bench.csv', blob: new Blob([bytes]) };
	const previous = app.graph;
	const progress = new Set<number>();
	const poll = setInterval(() => progress.add(importer.progress?.bytesDone ?? -1), 20);
	const stalls = watchStalls();
	const started = performance.now();
	const outcome = await importer.importFiles([file]);
	if (outcome !== 'imported') throw new Error(`bench: import of ${url} ended "${outcome}"`);
	const ready = measuredEnd('splinter:import:graph', started);
	if (ready === null || app.graph === previous) throw new Error('bench: no new graph');
	clearInterval(poll);
	const drawn = await waitFor(() => measuredEnd('splinter:mount', ready));
	await sleep(50);
	stalls.stop();
	return {
		ms: ready - started,
		nodes: app.graph!.order,
		edges: app.graph!.size,
		bytes: bytes.byteLength,
		stalls: stalls.between(started, ready),
		progressSteps: progress.size,
		firstDrawMs: drawn - ready,
		firstDrawStall: stalls.between(ready, drawn + 50)
	};
}

export async function baselineIngest(url: string): Promise<IngestResult> {
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
