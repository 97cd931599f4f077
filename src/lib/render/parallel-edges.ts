// Parallel edges are drawn as curves bent apart, so none hides another: @sigma/edge-curve finds
// the bundles, curvatureFor spreads them. Browser only (the package needs WebGL when imported).
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import { curvatureFor } from './curvature';
import type { DrawnGraph } from './drawn-graph';

/** Sets `curvature` on every edge: 0 for an edge alone between its two nodes. Once per graph. */
export function assignCurvatures(graph: DrawnGraph): void {
	indexParallelEdgesIndex(graph, {
		edgeIndexAttribute: 'parallelIndex',
		edgeMaxIndexAttribute: 'parallelMaxIndex'
	});
	graph.updateEachEdgeAttributes((_edge, attributes) => {
		const index = attributes.parallelIndex;
		const max = attributes.parallelMaxIndex;
		const curvature =
			typeof index === 'number' && typeof max === 'number' ? curvatureFor(index, max) : 0;
		return { ...attributes, curvature };
	});
}
