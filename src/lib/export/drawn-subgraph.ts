// What the reader sees, as a graph of its own: the nodes and edges the sigma reducers do not hide,
// with the colours and sizes they are drawn with. Every data export (GEXF, GraphML, CSV, legend)
// starts from it, so "export what is on screen" means the same thing everywhere.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import type { Visibility } from '$lib/graph/visibility';
import { makeReducers } from '$lib/render/reducers';
import { inSlices } from './in-slices';

export type Reducers = ReturnType<typeof makeReducers>;

/** The reducers of an export: the selection as on screen, but no hover (it is gone by the click). */
export function exportReducers(
	graph: SplinterGraph,
	selected: string | null,
	visibility: Visibility
): Reducers {
	return makeReducers(
		graph,
		() => ({ hovered: null, selected }),
		() => visibility
	);
}

/** Built in slices (in-slices.ts): for a large graph this is seconds of work. */
export async function drawnSubgraph(
	graph: SplinterGraph,
	reducers: Reducers
): Promise<SplinterGraph> {
	const sub = graph.nullCopy() as SplinterGraph;
	await inSlices(graph.nodeEntries(), ({ node, attributes }) => {
		// A copy: the reducers change the object they are given (sigma hands them its own copy).
		const shown = reducers.nodeReducer(node, { ...attributes });
		if (shown.hidden) return;
		const look: Partial<NodeAttributes> = {};
		if (shown.color) look.color = shown.color;
		if (typeof shown.size === 'number') look.size = shown.size;
		// The label stays the data's: the reducer blanks faded labels only for the canvas.
		sub.addNode(node, { ...attributes, ...look });
	});
	await inSlices(graph.edgeEntries(), ({ edge, attributes, source, target, undirected }) => {
		const shown = reducers.edgeReducer(edge, { ...attributes });
		if (shown.hidden || !sub.hasNode(source) || !sub.hasNode(target)) return;
		const look: Partial<EdgeAttributes> = {};
		if (shown.color) look.color = shown.color;
		if (typeof shown.size === 'number') look.size = shown.size;
		const drawnAttributes = { ...attributes, ...look };
		if (undirected) sub.addUndirectedEdgeWithKey(edge, source, target, drawnAttributes);
		else sub.addDirectedEdgeWithKey(edge, source, target, drawnAttributes);
	});
	return sub;
}
