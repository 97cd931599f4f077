// Sets the drawing attributes sigma reads (size, colour, node and edge program) from the data.
// Runs once per dataset, and again only when the user changes what size or colour encode. Edge
// curvatures (parallel-edges.ts) are set before, once per graph; the edge program follows them.
// The mapping functions are pure and exported for tests and for the legend.
import type { Membership } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import type { Communities } from './communities';
import { drawn } from './drawn-graph';
import { LIGHT_PALETTE, colorFor, communityColor, type Palette } from './palette';

export type SizeMeasure = 'degree' | 'membership';
export type ColorMode = 'kind' | 'community';

export interface VisualOptions {
	sizeBy: SizeMeasure;
	colorBy: ColorMode;
	/** Latest membership figure per organization (see latestMembership). */
	membership: ReadonlyMap<string, number>;
	/** Needed when colorBy is 'community'. */
	communities: Communities | null;
	/** The theme's colours; light when not given. */
	palette?: Palette;
}

export const MIN_NODE_SIZE = 4;
export const MAX_NODE_SIZE = 18;

/** Area grows with the value: radius ∝ √value, from `min` (value 0) to `max` (the largest value). */
export function scaleSize(
	value: number,
	largest: number,
	min = MIN_NODE_SIZE,
	max = MAX_NODE_SIZE
) {
	if (!(largest > 0) || !(value > 0)) return min;
	return min + (max - min) * Math.sqrt(Math.min(value, largest) / largest);
}

/** The most recent figure per organization; an undated figure counts as older than any dated one. */
export function latestMembership(figures: readonly Membership[]): Map<string, number> {
	const latest = new Map<string, { date: string; members: number }>();
	for (const figure of figures) {
		const current = latest.get(figure.org);
		if (!current || figure.date >= current.date) {
			latest.set(figure.org, { date: figure.date, members: figure.members });
		}
	}
	return new Map([...latest].map(([org, { members }]) => [org, members]));
}

/** Node sizes for a measure. Under 'membership', organizations with no known figure get the minimum. */
export function nodeSizes(
	graph: SplinterGraph,
	sizeBy: SizeMeasure,
	membership: ReadonlyMap<string, number>
): Map<string, number> {
	const value = (node: string) =>
		sizeBy === 'degree' ? graph.degree(node) : (membership.get(node) ?? 0);
	let largest = 0;
	graph.forEachNode((node) => {
		largest = Math.max(largest, value(node));
	});
	const sizes = new Map<string, number>();
	graph.forEachNode((node) => sizes.set(node, scaleSize(value(node), largest)));
	return sizes;
}

/** Statements are rings; blocs (coalitions, umbrellas) discs with a dark rim; the rest plain discs. */
export type NodeShape = 'disc' | 'ring' | 'rimmed';

export function shapeOf(kind: string): NodeShape {
	if (kind === 'statement') return 'ring';
	if (kind === 'coalition' || kind === 'umbrella') return 'rimmed';
	return 'disc';
}

/** sigma attributes for a shape in a colour: the border program draws rings and rims. */
export function shapeAttributes(shape: NodeShape, color: string, palette: Palette = LIGHT_PALETTE) {
	if (shape === 'ring')
		return { type: 'bordered', color: palette.ringFill, borderColor: color, borderSize: 0.45 };
	if (shape === 'rimmed')
		return { type: 'bordered', color, borderColor: palette.rim, borderSize: 0.3 };
	return { type: 'circle', color, borderColor: color, borderSize: 0 };
}

export function nodeColor(
	node: string,
	kind: string,
	colorBy: ColorMode,
	communities: Communities | null,
	palette: Palette = LIGHT_PALETTE
): string {
	if (colorBy === 'community' && communities)
		return communityColor(communities.byNode.get(node) ?? -1, palette.communities);
	return colorFor(palette.kinds, kind);
}

/** Straight or curved (parallel edges), with an arrow head when the relation is directed. */
export function edgeProgram(directed: boolean, curvature: number): string {
	const curved = curvature !== 0;
	if (directed) return curved ? 'curvedArrow' : 'arrow';
	return curved ? 'curved' : 'line';
}

/** Thickness from the relation's weight (1 by default; 0.5 for partial support). */
export function edgeThickness(weight: number): number {
	const w = Number.isFinite(weight) && weight > 0 ? weight : 1;
	return 1.6 * Math.min(3, Math.max(0.5, w));
}

export function applyVisuals(graph: SplinterGraph, options: VisualOptions): void {
	const g = drawn(graph);
	const palette = options.palette ?? LIGHT_PALETTE;
	const sizes = nodeSizes(graph, options.sizeBy, options.membership);
	g.updateEachNodeAttributes((node, attributes) => ({
		...attributes,
		size: sizes.get(node) ?? MIN_NODE_SIZE,
		...shapeAttributes(
			shapeOf(attributes.kind),
			nodeColor(node, attributes.kind, options.colorBy, options.communities, palette),
			palette
		)
	}));
	// In place, not a copy per edge: at 500,000 edges the copies were half a million objects for
	// the garbage collector to move while the first drawing waits. One event either way.
	g.updateEachEdgeAttributes((edge, attributes) => {
		attributes.type = edgeProgram(g.isDirected(edge), attributes.curvature ?? 0);
		attributes.size = edgeThickness(attributes.weight);
		attributes.color = colorFor(palette.relations, attributes.relation);
		return attributes;
	});
}
