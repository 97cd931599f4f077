// Ingest: the app's import of a dropped CSV file until the graph is ready, and the baseline
// (d3-dsv + a graphology loop on the main thread) on the same bytes.
import { csvParseRows } from 'd3-dsv';
import { MultiGraph } from 'graphology';
import { PART_SIZE } from '$lib/data/dataset-stream';
import type { BenchTarget } from './bench-api';
import { measuredEnd, nextFrame, sleep, waitFor, watchStalls, type StallReport } from './frames';

export interface IngestResult {
	ms: number;
	nodes: number;
	edges: number;
	bytes: number;
	/** Main-thread stalls from the start of the import until the graph was ready. */
	stalls?: StallReport;
	/** Distinct progress values the page saw (the progress bar moved this many times). */
	progressSteps?: number;
	/** The first drawing of the new graph, from graph ready (sigma created and drawing, and
	 * what that set off) until the page drew two more frames. */
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
	await waitFor(() => measuredEnd('splinter:mount', ready));
	// What the mount set off (observers, scheduled refreshes) runs before the page can draw
	// again, so the first drawing lasts until two frames later: that wait is the user's.
	await nextFrame();
	await nextFrame();
	const drawn = performance.now();
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

/** The baselines' graph step: row `i` (source, target, type) as an edge, its ends as nodes. */
function addRow(graph: MultiGraph, rows: string[][], i: number): void {
	const row = rows[i]!;
	graph.mergeNode(row[0]!);
	graph.mergeNode(row[1]!);
	graph.addEdgeWithKey(String(i), row[0]!, row[1]!, { type: row[2] });
}

/** A task boundary that timers do not clamp (a MessageChannel round trip, as a worker's message). */
function nextTask(): Promise<void> {
	const channel = new MessageChannel();
	return new Promise((resolve) => {
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});
}

/**
 * The floor under the app's longest task while importing: graphology alone adding the file's
 * edges to a MultiGraph, as many a task as the import worker hands over in a part, from rows
 * parsed beforehand (the parse is outside the watched window). No records, no attributes beyond
 * the relation type: what remains is the heap graphology allocates per edge, and its garbage
 * collection.
 */
export async function baselineGraphGrowth(url: string): Promise<IngestResult> {
	const bytes = await fetchBytes(url);
	const rows = csvParseRows(new TextDecoder().decode(bytes));
	await sleep(200);
	const graph = new MultiGraph();
	const stalls = watchStalls();
	const start = performance.now();
	for (let from = 1; from < rows.length; from += PART_SIZE) {
		const to = Math.min(rows.length, from + PART_SIZE);
		for (let i = from; i < to; i++) addRow(graph, rows, i);
		await nextTask();
	}
	const end = performance.now();
	await sleep(50);
	stalls.stop();
	return {
		ms: end - start,
		nodes: graph.order,
		edges: graph.size,
		bytes: bytes.byteLength,
		stalls: stalls.between(start, end)
	};
}

export async function baselineIngest(url: string): Promise<IngestResult> {
	const bytes = await fetchBytes(url);
	const start = performance.now();
	const rows = csvParseRows(new TextDecoder().decode(bytes));
	const graph = new MultiGraph();
	for (let i = 1; i < rows.length; i++) addRow(graph, rows, i);
	return {
		ms: performance.now() - start,
		nodes: graph.order,
		edges: graph.size,
		bytes: bytes.byteLength
	};
}
