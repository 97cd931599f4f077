// The pass after ForceAtlas2: graphology's noverlap, in its worker, pushes apart nodes whose discs
// (plus a margin) overlap on screen. Node sizes are screen pixels while positions are graph units,
// so the caller says how many graph units one pixel is at the default zoom.
import NoverlapSupervisor from 'graphology-layout-noverlap/worker';
import type { SplinterGraph } from '$lib/graph/build-graph';

export interface Spacing {
	/** Graph units per screen pixel when the whole graph fits the view. */
	unitsPerPixel: number;
	/** Free pixels kept around each node (room for its label's height). */
	marginPx: number;
}

/** Runs until no two nodes overlap, or until the budget is spent; then calls `done` once. */
export function removeOverlaps(
	graph: SplinterGraph,
	spacing: Spacing,
	done: (reason: 'converged' | 'budget') => void,
	budgetMs = 3000
): () => void {
	const scale = spacing.unitsPerPixel;
	let finished = false;
	const finish = (reason: 'converged' | 'budget') => {
		if (finished) return;
		finished = true;
		clearTimeout(timer);
		supervisor.kill();
		done(reason);
	};
	const supervisor = new NoverlapSupervisor(graph, {
		inputReducer: (_key, attributes) => ({
			x: attributes.x,
			y: attributes.y,
			size: (attributes.size ?? 1) * scale
		}),
		settings: { margin: spacing.marginPx * scale, ratio: 1, expansion: 1.1, speed: 3 },
		onConverged: () => finish('converged')
	});
	const timer = setTimeout(() => finish('budget'), budgetMs);
	supervisor.start();
	// Cancels without calling `done`.
	return () => {
		if (finished) return;
		finished = true;
		clearTimeout(timer);
		supervisor.kill();
	};
}
