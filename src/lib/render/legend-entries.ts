// What the legend lists: node colours (kinds or communities) and relation types present in the
// graph, with the colours and symbols the renderer uses. Pure; labels come from `name`.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { RELATION_TYPES } from '$lib/data/vocabulary';
import type { Communities } from './communities';
import { FALLBACK, LIGHT_PALETTE, colorFor, communityColor, type Palette } from './palette';
import { shapeOf, type NodeShape } from './visuals';

export type LegendSymbol = NodeShape | 'line' | 'arrow';

export interface LegendEntry {
	/** Stable id: the kind, the relation type, or the community position. */
	key: string;
	label: string;
	color: string;
	symbol: LegendSymbol;
	count: number;
}

function byFrequency<T extends { count: number; label: string }>(a: T, b: T): number {
	return b.count - a.count || a.label.localeCompare(b.label);
}

export function kindEntries(
	graph: SplinterGraph,
	name: (kind: string) => string,
	palette: Palette = LIGHT_PALETTE
): LegendEntry[] {
	const counts = new Map<string, number>();
	graph.forEachNode((_node, attributes) => {
		counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1);
	});
	return [...counts]
		.map(([kind, count]) => ({
			key: kind,
			label: name(kind),
			color: colorFor(palette.kinds, kind),
			symbol: shapeOf(kind),
			count
		}))
		.sort(byFrequency);
}

export function communityEntries(
	communities: Communities,
	name: (position: number) => string,
	smaller: string,
	palette: Palette = LIGHT_PALETTE
): LegendEntry[] {
	const colors = palette.communities;
	const named = communities.sizes.slice(0, colors.length).map((count, position) => ({
		key: String(position),
		label: name(position + 1),
		color: communityColor(position, colors),
		symbol: 'disc' as const,
		count
	}));
	const rest = communities.sizes.slice(colors.length).reduce((sum, n) => sum + n, 0);
	if (rest > 0)
		named.push({ key: 'smaller', label: smaller, color: FALLBACK, symbol: 'disc', count: rest });
	return named;
}

export function relationEntries(
	graph: SplinterGraph,
	name: (type: string) => string,
	palette: Palette = LIGHT_PALETTE
): LegendEntry[] {
	const counts = new Map<string, { count: number; directed: boolean }>();
	graph.forEachEdge((edge, attributes) => {
		const entry = counts.get(attributes.relation) ?? { count: 0, directed: false };
		entry.count++;
		entry.directed ||= graph.isDirected(edge);
		counts.set(attributes.relation, entry);
	});
	const order = (type: string) => {
		const index = RELATION_TYPES.indexOf(type);
		return index === -1 ? RELATION_TYPES.length : index;
	};
	return [...counts]
		.sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
		.map(([type, { count, directed }]) => ({
			key: type,
			label: name(type),
			color: colorFor(palette.relations, type),
			symbol: directed ? 'arrow' : 'line',
			count
		}));
}
