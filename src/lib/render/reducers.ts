// Hover and selection change what is SHOWN, through sigma reducers; the graph is never mutated for them.
// The node in focus (hovered, else selected) and its neighbours keep their colours and labels; the
// rest fades. The selected node stays marked and labelled whatever is hovered.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import {
	isEdgeEmphasized,
	isEdgeVisible,
	isNodeVisible,
	type Visibility
} from '$lib/graph/visibility';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { DrawnNodeAttributes } from './drawn-graph';
import { LIGHT_PALETTE, type Palette } from './palette';

export interface Focus {
	hovered: string | null;
	selected: string | null;
}

export const FADED_NODE = LIGHT_PALETTE.fadedNode;
export const FADED_EDGE = LIGHT_PALETTE.fadedEdge;

/** The node in focus (hover wins over selection) and its neighbours, or null when none. */
export function focusSet(graph: SplinterGraph, focus: Focus): Set<string> | null {
	const center = focus.hovered ?? focus.selected;
	if (!center || !graph.hasNode(center)) return null;
	return new Set([center, ...graph.neighbors(center)]);
}

export function makeReducers(
	graph: SplinterGraph,
	getFocus: () => Focus,
	getVisibility: () => Visibility,
	getPalette: () => Palette = () => LIGHT_PALETTE
) {
	let cachedFor: string | null | undefined;
	let cached: Set<string> | null = null;
	const current = () => {
		const focus = getFocus();
		const key = `${focus.hovered}\u0000${focus.selected}`;
		if (key !== cachedFor) {
			cachedFor = key;
			cached = focusSet(graph, focus);
		}
		return { focus, near: cached };
	};

	const nodeReducer = (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
		const { focus, near } = current();
		const out: Partial<NodeDisplayData> & Partial<DrawnNodeAttributes> = { ...data };
		if (!isNodeVisible(getVisibility(), node)) return { ...out, hidden: true };
		if (node === focus.selected) {
			out.highlighted = true;
			out.forceLabel = true;
			out.zIndex = 2;
		}
		if (near && node !== focus.selected) {
			if (near.has(node)) {
				out.forceLabel = true;
				out.zIndex = 1;
			} else {
				out.color = getPalette().fadedNode;
				out.borderColor = out.color;
				out.label = '';
				out.zIndex = 0;
			}
		}
		return out;
	};

	const edgeReducer = (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
		const { focus, near } = current();
		const out: Partial<EdgeDisplayData> = { ...data, label: data.label || null };
		const visibility = getVisibility();
		if (!isEdgeVisible(visibility, edge, graph.source(edge), graph.target(edge))) {
			return { ...out, hidden: true };
		}
		// Recent events (time control) are drawn thicker.
		if (isEdgeEmphasized(visibility, edge)) out.size = (data.size ?? 1.5) * 2.5;
		if (near) {
			const center = focus.hovered ?? focus.selected;
			if (graph.hasExtremity(edge, center!)) out.zIndex = 1;
			else {
				out.color = getPalette().fadedEdge;
				out.zIndex = 0;
			}
		}
		return out;
	};

	return { nodeReducer, edgeReducer };
}
