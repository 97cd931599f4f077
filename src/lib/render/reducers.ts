// Hover and selection change what is SHOWN, through sigma reducers; the graph is never mutated for them.
// The node in focus (hovered, else selected) and its neighbours keep their colours and labels; the
// rest fades. The selected node stays marked and labelled whatever is hovered.
// sigma calls these once per node and edge on every refresh (300,000 times for a graph of 50,000
// nodes and 250,000 edges), so each call is O(1): focus and visibility are read once per change
// (sync), and the object sigma passes (already its own copy) is changed in place.
// Fading the rest changes every item, so each hover would redraw the whole graph: seconds for
// large graphs. Above FADE_LIMIT items the focus is marked (labels, thicker edges) but nothing
// fades, and a hover redraws only the items whose look changes.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import { isNodeVisible, type Visibility } from '$lib/graph/visibility';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DrawnNodeAttributes } from './drawn-graph';
import { onTop } from './on-top';
import { LIGHT_PALETTE, type Palette } from './palette';

export interface Focus {
	hovered: string | null;
	selected: string | null;
}

export const FADED_NODE = LIGHT_PALETTE.fadedNode;
export const FADED_EDGE = LIGHT_PALETTE.fadedEdge;
/** Nodes + edges up to which the focus fades the rest (a full redraw stays well under 100 ms). */
export const FADE_LIMIT = 20_000;
/** Edges of the focus are drawn this much thicker when nothing fades. */
const FOCUS_EDGE_SCALE = 2;

/** The node in focus (hover wins over selection) and its neighbours, or null when none. */
export function focusSet(graph: SplinterGraph, focus: Focus): Set<string> | null {
	const center = focus.hovered ?? focus.selected;
	if (!center || !graph.hasNode(center)) return null;
	return new Set([center, ...graph.neighbors(center)]);
}

type NodeData = Partial<NodeDisplayData> & Partial<DrawnNodeAttributes>;

interface Snapshot {
	fade: boolean;
	selected: string | null;
	near: Set<string> | null;
	/** Edges of the node in focus. */
	nearEdges: Set<string> | null;
	visibility: Visibility;
	palette: Palette;
	/** False when edges with a hidden end still have to be looked for (see Visibility.closed). */
	edgesSettled: boolean;
}

function snapshot(
	graph: SplinterGraph,
	focus: Focus,
	visibility: Visibility,
	palette: Palette,
	fadeLimit: number
): Snapshot {
	const near = focusSet(graph, focus);
	let nearEdges: Set<string> | null = null;
	if (near) {
		nearEdges = new Set();
		graph.forEachEdge((focus.hovered ?? focus.selected)!, (edge) => void nearEdges!.add(edge));
	}
	return {
		fade: graph.order + graph.size <= fadeLimit,
		selected: focus.selected,
		near,
		nearEdges,
		visibility,
		palette,
		edgesSettled: visibility.nodes === null || visibility.closed === true
	};
}

export function makeReducers(
	graph: SplinterGraph,
	getFocus: () => Focus,
	getVisibility: () => Visibility,
	getPalette: () => Palette = () => LIGHT_PALETTE,
	fadeLimit = FADE_LIMIT
) {
	const read = () => snapshot(graph, getFocus(), getVisibility(), getPalette(), fadeLimit);
	let now = read();

	const nodeReducer = (node: string, attributes: NodeAttributes): Partial<NodeDisplayData> => {
		const { visibility, selected, near, fade, palette } = now;
		const data = attributes as NodeData;
		if (visibility.nodes !== null && !visibility.nodes.has(node)) {
			data.hidden = true;
			return data;
		}
		if (node === selected) {
			data.highlighted = true;
			data.forceLabel = true;
			if (fade) data.type = onTop(data.type ?? 'circle');
		} else if (near) {
			if (near.has(node)) {
				data.forceLabel = true;
				if (fade) data.type = onTop(data.type ?? 'circle');
			} else if (fade) {
				data.color = palette.fadedNode;
				data.borderColor = palette.fadedNode;
				data.label = '';
			}
		}
		return data;
	};

	const edgeReducer = (edge: string, attributes: EdgeAttributes): Partial<EdgeDisplayData> => {
		const { visibility, near, nearEdges, edgesSettled, fade, palette } = now;
		const data = attributes as Partial<EdgeDisplayData>;
		data.label = data.label || null;
		const shown =
			(visibility.edges === null || visibility.edges.has(edge)) &&
			(edgesSettled ||
				(isNodeVisible(visibility, graph.source(edge)) &&
					isNodeVisible(visibility, graph.target(edge))));
		if (!shown) {
			data.hidden = true;
			return data;
		}
		// Recent events (time control) are drawn thicker.
		if (visibility.emphasized?.has(edge)) data.size = (data.size ?? 1.5) * 2.5;
		if (near) {
			if (!nearEdges!.has(edge)) {
				if (fade) data.color = palette.fadedEdge;
			} else if (fade) data.type = onTop(data.type ?? 'line');
			else data.size = (data.size ?? 1) * FOCUS_EDGE_SCALE;
		}
		return data;
	};

	return {
		nodeReducer,
		edgeReducer,
		/**
		 * Reads focus and visibility again; call before asking sigma to refresh for a change.
		 * Returns the only nodes and edges whose look changed, when that is known (a new focus in a
		 * graph too large to fade), else null: everything must be redrawn.
		 */
		sync(): { nodes: string[]; edges: string[] } | null {
			const before = now;
			now = read();
			if (now.fade || now.visibility !== before.visibility || now.palette !== before.palette)
				return null;
			const nodes = new Set([...(before.near ?? []), ...(now.near ?? [])]);
			for (const selected of [before.selected, now.selected])
				if (selected !== null && graph.hasNode(selected)) nodes.add(selected);
			const edges = new Set([...(before.nearEdges ?? []), ...(now.nearEdges ?? [])]);
			return { nodes: [...nodes], edges: [...edges] };
		}
	};
}
