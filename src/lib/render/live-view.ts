// The renderer and layout on screen now. GraphCanvas sets them; the benchmark harness
// (src/lib/bench, loaded only with ?bench) reads them to drive and time what the reader would do.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import type Sigma from 'sigma';
import type { LayoutRunner } from './layout.svelte';

export const liveView: {
	sigma: Sigma<NodeAttributes, EdgeAttributes> | null;
	layout: LayoutRunner | null;
} = { sigma: null, layout: null };
