// Filter and time changes: from the reader's action (a relation type switched off or on, the
// "as of" year stepped) until sigma has drawn the result, against one bare sigma.refresh() (our
// node and edge programs, no reducers) of the same graph in a canvas of the same size.
import { countValues } from '$lib/graph/graph-index';
import { createRenderer } from '$lib/render/create-renderer';
import { liveView } from '$lib/render/live-view';
import { flushSync } from 'svelte';
import type { BenchTarget } from './bench-api';
import { median, nextFrame } from './frames';
import { settleLayout } from './layout-probe';

export interface VisibilityResult {
	/** Median ms of one bare sigma.refresh(). */
	bareRefresh: number;
	/** Median ms from a relation-type toggle to sigma's frame drawn. */
	relationToggle: number;
	/** Median ms from an "as of" year step to sigma's frame drawn. */
	timeStep: number;
	/** Of those, the part inside sigma.refresh with our reducers (median over all changes). */
	sigmaRefresh: number;
}

function bareRefresh(repeats: number): number {
	const sigma = liveView.sigma!;
	const { width, height } = sigma.getDimensions();
	const container = document.createElement('div');
	container.style.cssText = `position:fixed;left:0;top:0;width:${width}px;height:${height}px;visibility:hidden`;
	document.body.append(container);
	const bare = createRenderer(sigma.getGraph(), container, {});
	try {
		const times: number[] = [];
		for (let i = 0; i < repeats; i++) {
			const started = performance.now();
			bare.refresh();
			times.push(performance.now() - started);
		}
		return median(times);
	} finally {
		bare.kill();
		container.remove();
	}
}

/** Runs one change and returns the ms until its effects (and so sigma's refresh) ran. */
function timed(change: () => void): number {
	const started = performance.now();
	change();
	flushSync();
	return performance.now() - started;
}

export async function visibilityChanges(
	{ view }: BenchTarget,
	repeats: number
): Promise<VisibilityResult> {
	await settleLayout();
	const graph = liveView.sigma!.getGraph();
	const relations: string[] = [];
	graph.forEachEdge((_e, a) => void relations.push(a.relation));
	const common = countValues(relations)[0]?.[0];
	if (!common) throw new Error('bench: the graph has no relations');
	const since = performance.now();
	const toggles: number[] = [];
	const steps: number[] = [];
	for (let i = 0; i < repeats; i++) {
		toggles.push(timed(() => view.showRelation(common, false)));
		await nextFrame();
		toggles.push(timed(() => view.showRelation(common, true)));
		await nextFrame();
	}
	const years = view.years;
	if (years) {
		for (let i = 0; i < repeats; i++) {
			const year = years.min + Math.floor(((i + 1) * (years.max - years.min)) / (repeats + 1));
			steps.push(timed(() => view.setTime({ mode: 'point', year })));
			await nextFrame();
			steps.push(timed(() => view.setTime({ mode: 'point', year: year + 1 })));
			await nextFrame();
		}
		view.setTime({ mode: 'all' });
		flushSync();
	}
	const refreshes = performance
		.getEntriesByName('splinter:refresh', 'measure')
		.filter((e) => e.startTime >= since)
		.map((e) => e.duration);
	return {
		bareRefresh: bareRefresh(repeats),
		relationToggle: median(toggles),
		timeStep: steps.length ? median(steps) : NaN,
		sigmaRefresh: median(refreshes)
	};
}
