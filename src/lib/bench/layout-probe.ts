// Live layout: ForceAtlas2 iterations per second while sigma draws the moving graph, against
// graphology's FA2 worker supervisor alone (same settings) on a copy of the same graph.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { layoutSettings } from '$lib/render/layout.svelte';
import { liveView } from '$lib/render/live-view';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import { sleep, waitFor, watchStalls, type StallReport } from './frames';

export interface LayoutResult {
	iterations: number;
	seconds: number;
	/** Iterations per second in the measured window. */
	rate: number;
	/** Frames sigma drew in the window (0 for the worker alone). */
	renders: number;
	/** Mean ms of one iteration's own work (the app's worker only). */
	iterationMs?: number;
	stalls: StallReport;
}

function live() {
	const { sigma, layout } = liveView;
	if (!sigma || !layout) throw new Error('bench: no graph on screen');
	return { sigma, layout, graph: sigma.getGraph() as SplinterGraph };
}

export async function settleLayout(): Promise<void> {
	const { layout } = live();
	// The first stop ends ForceAtlas2 and starts the noverlap pass; the second ends that.
	while (layout.running) {
		layout.stop();
		await sleep(20);
	}
}

interface Progress {
	/** Iterations so far, and when the last of them ended (page time). */
	n: number;
	at: number;
	/** Milliseconds spent iterating so far, where known. */
	busy?: number;
}

/** At least this many iterations are timed, however long they take (up to 5 × the window). */
const MIN_ITERATIONS = 4;

/** Iterations per second between the second iteration and the last one within `ms` after it
 * (the first includes starting the worker). */
async function measure(
	progress: () => Progress,
	running: () => boolean,
	ms: number,
	renders = () => 0
): Promise<LayoutResult> {
	await waitFor(() => progress().n >= 2 || !running());
	const stalls = watchStalls();
	const first = { ...progress(), renders: renders(), wall: performance.now() };
	const enough = () =>
		performance.now() >= first.wall + ms && progress().n - first.n >= MIN_ITERATIONS;
	while (!enough() && performance.now() < first.wall + 5 * ms && running()) await sleep(25);
	const last = progress();
	stalls.stop();
	const seconds = (last.at - first.at) / 1000;
	return {
		iterations: last.n - first.n,
		seconds,
		rate: (last.n - first.n) / seconds,
		renders: renders() - first.renders,
		iterationMs:
			last.busy !== undefined ? (last.busy - first.busy!) / (last.n - first.n) : undefined,
		stalls: stalls.between(first.wall, performance.now())
	};
}

export async function layoutWithSigma(ms: number): Promise<LayoutResult> {
	await settleLayout();
	const { sigma, layout } = live();
	// The app stops ForceAtlas2 after a few seconds; here it must outlast the measurement.
	const budget = layout.budgetMs;
	layout.budgetMs = Infinity;
	let renders = 0;
	const onRender = () => renders++;
	sigma.on('afterRender', onRender);
	// A build from before the runner timed its iterations (for "before" figures): count its
	// position updates instead, one per iteration of graphology's supervisor.
	const counted = { n: 0, at: 0 };
	const { graph } = live();
	const onUpdate = () => {
		counted.n++;
		counted.at = performance.now();
	};
	const clocked = typeof layout.iteratedAt === 'number';
	if (!clocked) graph.on('eachNodeAttributesUpdated', onUpdate);
	layout.start();
	try {
		return await measure(
			() =>
				clocked
					? { n: layout.iterations, at: layout.iteratedAt, busy: layout.iterationMs }
					: { ...counted },
			() => layout.phase === 'forces',
			ms,
			() => renders
		);
	} finally {
		graph.off('eachNodeAttributesUpdated', onUpdate);
		sigma.off('afterRender', onRender);
		await settleLayout();
		layout.budgetMs = budget;
	}
}

export async function layoutAlone(ms: number): Promise<LayoutResult> {
	await settleLayout();
	const { graph } = live();
	const copy = graph.copy();
	const progress = { n: 0, at: 0 };
	copy.on('eachNodeAttributesUpdated', () => {
		progress.n++;
		progress.at = performance.now();
	});
	const supervisor = new FA2LayoutSupervisor(copy, {
		settings: layoutSettings(graph),
		getEdgeWeight: null
	});
	supervisor.start();
	try {
		return await measure(
			() => ({ ...progress }),
			() => true,
			ms
		);
	} finally {
		supervisor.kill();
	}
}
