// Time and every filter composed into one Visibility, in a fixed order, each step one pass over the
// graph index: time → node kinds and community → relation types → minimum degree → isolates →
// neighbourhood of the selection. Degrees count only the relations still shown at that step.
import type { GraphIndex } from './graph-index';
import type { TimeSpan } from './time-rules';
import type { Visibility } from './visibility';

export interface FilterSettings {
	/** Relation types switched off. */
	hiddenRelations: readonly string[];
	/** Node kinds switched off. */
	hiddenKinds: readonly string[];
	/** Nodes with fewer shown relations are hidden; 0 turns the filter off. */
	minDegree: number;
	hideIsolates: boolean;
	/** Only this community (see detect-communities.ts); null for all. */
	community: string | null;
	/** Only the selection and nodes this many steps from it; 0 turns the filter off. */
	neighbourhood: 0 | 1 | 2;
}

export const NO_FILTERS: FilterSettings = {
	hiddenRelations: [],
	hiddenKinds: [],
	minDegree: 0,
	hideIsolates: false,
	community: null,
	neighbourhood: 0
};

/** Whether any filter is on (time aside). */
export function isFiltering(filters: FilterSettings): boolean {
	return (
		filters.hiddenRelations.length > 0 ||
		filters.hiddenKinds.length > 0 ||
		filters.minDegree > 0 ||
		filters.hideIsolates ||
		filters.community !== null ||
		filters.neighbourhood > 0
	);
}

/**
 * The most relations any node has, counted as the minimum-degree filter counts them (a tie to
 * itself twice): a higher minimum could only hide everything.
 */
export function maxDegree(index: GraphIndex): number {
	const degree = new Int32Array(index.nodes.length);
	let max = 0;
	for (let e = 0; e < index.edges.length; e++) {
		max = Math.max(max, ++degree[index.edgeSource[e]!]!);
		max = Math.max(max, ++degree[index.edgeTarget[e]!]!);
	}
	return max;
}

export interface ViewQuery {
	/** null: all time. */
	span: TimeSpan | null;
	/** Events of the span's last this-many years are emphasised. */
	recentYears: number;
	filters: FilterSettings;
	selected: string | null;
	communityOf: ReadonlyMap<string, string> | null;
}

export interface ComposedView {
	visibility: Visibility;
	shownNodes: number;
	shownEdges: number;
	/** Per relation type: relations in force between shown kinds, whether or not the type is on. */
	relationCounts: Map<string, number>;
	/** Per node kind: organizations existing in the span (and community), whether or not shown. */
	kindCounts: Map<string, number>;
	/** The neighbourhood filter is on but the selection is hidden by the other filters. */
	selectionHidden: boolean;
}

export function composeVisibility(index: GraphIndex, query: ViewQuery): ComposedView {
	const { span, filters } = query;
	const n = index.nodes.length;
	const m = index.edges.length;
	const hiddenKinds = new Set(filters.hiddenKinds);
	const hiddenRelations = new Set(filters.hiddenRelations);
	const from = span ? span.from : -Infinity;
	const to = span ? span.to : Infinity;
	const community = filters.community;
	const communityOf = community !== null ? query.communityOf : null;

	const kindCounts = new Map<string, number>();
	const nodeOn = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		if (index.nodeFrom[i]! > to || index.nodeTo[i]! < from) continue;
		if (communityOf && communityOf.get(index.nodes[i]!) !== community) continue;
		const kind = index.nodeKind[i]!;
		kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
		if (!hiddenKinds.has(kind)) nodeOn[i] = 1;
	}

	const relationCounts = new Map<string, number>();
	const edgeOn = new Uint8Array(m);
	for (let e = 0; e < m; e++) {
		if (!nodeOn[index.edgeSource[e]!] || !nodeOn[index.edgeTarget[e]!]) continue;
		if (index.edgeFrom[e]! > to || index.edgeTo[e]! < from) continue;
		const relation = index.edgeRelation[e]!;
		relationCounts.set(relation, (relationCounts.get(relation) ?? 0) + 1);
		if (!hiddenRelations.has(relation)) edgeOn[e] = 1;
	}

	if (filters.minDegree > 0) keepByDegree(index, nodeOn, edgeOn, filters.minDegree);
	if (filters.hideIsolates) keepByDegree(index, nodeOn, edgeOn, 1);

	let selectionHidden = false;
	const center = query.selected === null ? -1 : (index.position.get(query.selected) ?? -1);
	if (filters.neighbourhood > 0 && center >= 0) {
		if (nodeOn[center]) keepNeighbourhood(index, nodeOn, edgeOn, center, filters.neighbourhood);
		else selectionHidden = true;
	}

	return finish(index, nodeOn, edgeOn, query, { relationCounts, kindCounts, selectionHidden });
}

/** Drops edges with a hidden end, then nodes with fewer than `min` remaining edges. */
function keepByDegree(index: GraphIndex, nodeOn: Uint8Array, edgeOn: Uint8Array, min: number) {
	pruneEdges(index, nodeOn, edgeOn);
	const degree = new Int32Array(nodeOn.length);
	for (let e = 0; e < edgeOn.length; e++) {
		if (!edgeOn[e]) continue;
		degree[index.edgeSource[e]!]!++;
		degree[index.edgeTarget[e]!]!++;
	}
	for (let i = 0; i < nodeOn.length; i++) if (degree[i]! < min) nodeOn[i] = 0;
	pruneEdges(index, nodeOn, edgeOn);
}

/** Breadth-first over shown edges from the selection, `steps` deep. */
function keepNeighbourhood(
	index: GraphIndex,
	nodeOn: Uint8Array,
	edgeOn: Uint8Array,
	center: number,
	steps: number
) {
	pruneEdges(index, nodeOn, edgeOn);
	const reached = new Uint8Array(nodeOn.length);
	reached[center] = 1;
	let frontier = [center];
	for (let step = 0; step < steps; step++) {
		const next: number[] = [];
		for (const node of frontier) {
			for (let k = index.adjStart[node]!; k < index.adjStart[node + 1]!; k++) {
				const e = index.adjEdges[k]!;
				if (!edgeOn[e]) continue;
				const other = index.edgeSource[e] === node ? index.edgeTarget[e]! : index.edgeSource[e]!;
				if (!reached[other]) {
					reached[other] = 1;
					next.push(other);
				}
			}
		}
		frontier = next;
	}
	for (let i = 0; i < nodeOn.length; i++) if (!reached[i]) nodeOn[i] = 0;
	pruneEdges(index, nodeOn, edgeOn);
}

function pruneEdges(index: GraphIndex, nodeOn: Uint8Array, edgeOn: Uint8Array) {
	for (let e = 0; e < edgeOn.length; e++) {
		if (edgeOn[e] && (!nodeOn[index.edgeSource[e]!] || !nodeOn[index.edgeTarget[e]!])) {
			edgeOn[e] = 0;
		}
	}
}

function finish(
	index: GraphIndex,
	nodeOn: Uint8Array,
	edgeOn: Uint8Array,
	query: ViewQuery,
	facets: Pick<ComposedView, 'relationCounts' | 'kindCounts' | 'selectionHidden'>
): ComposedView {
	pruneEdges(index, nodeOn, edgeOn);
	const nodes = new Set<string>();
	for (let i = 0; i < nodeOn.length; i++) if (nodeOn[i]) nodes.add(index.nodes[i]!);
	const edges = new Set<string>();
	const emphasized = new Set<string>();
	const span = query.span;
	const earliest =
		span && query.recentYears > 0
			? (Math.floor(span.to / 10000) - query.recentYears + 1) * 10000 + 101
			: Infinity;
	for (let e = 0; e < edgeOn.length; e++) {
		if (!edgeOn[e]) continue;
		edges.add(index.edges[e]!);
		// eventLatest is NaN for non-events and undated events, and NaN >= x is false.
		if (index.eventLatest[e]! >= earliest) emphasized.add(index.edges[e]!);
	}
	return {
		visibility: {
			nodes: nodes.size === nodeOn.length ? null : nodes,
			edges: edges.size === edgeOn.length ? null : edges,
			emphasized: emphasized.size > 0 ? emphasized : null,
			closed: true
		},
		shownNodes: nodes.size,
		shownEdges: edges.size,
		...facets
	};
}
