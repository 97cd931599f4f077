// The drawing attributes the renderer adds on top of the data attributes of build-graph.ts.
// Kept here so src/lib/graph stays free of drawing concerns; `drawn()` is the one cast.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import type { MultiGraph } from 'graphology';

export interface NodeDrawing {
	/** sigma node program: 'circle', or 'bordered' for statements and blocs. */
	type?: string;
	borderColor?: string;
	/** Border thickness as a fraction of the radius. */
	borderSize?: number;
}

export interface EdgeDrawing {
	curvature?: number;
	parallelIndex?: number | null;
	parallelMaxIndex?: number | null;
	parallelMinIndex?: number | null;
}

export type DrawnNodeAttributes = NodeAttributes & NodeDrawing;
export type DrawnEdgeAttributes = EdgeAttributes & EdgeDrawing;
export type DrawnGraph = MultiGraph<DrawnNodeAttributes, DrawnEdgeAttributes>;

/** The same graph, typed with its drawing attributes (all optional, so this is always true). */
export function drawn(graph: SplinterGraph): DrawnGraph {
	return graph as DrawnGraph;
}
