// A flat, numeric copy of what the time and filter rules read, built once per graph, so that each
// change of date or filter is one pass over typed arrays: O(nodes + edges), no date parsing.
import { lowerBound, upperBound, yearOf } from '../data/dates';
import type { SplinterGraph } from './build-graph';
import { eventDate, isEventLike } from './time-rules';

export interface GraphIndex {
	nodes: string[];
	/** Node key → its position in `nodes`. */
	position: Map<string, number>;
	nodeKind: string[];
	/** Earliest day the node may exist: its founding, else the first dated relation it takes part
	 * in, else -Infinity. */
	nodeFrom: Float64Array;
	/** Latest day the node may exist (+Infinity when the dissolution date is unknown). */
	nodeTo: Float64Array;
	edges: string[];
	edgeRelation: string[];
	edgeSource: Int32Array;
	edgeTarget: Int32Array;
	/** In force from this day... (-Infinity when open) */
	edgeFrom: Float64Array;
	/** ...to this day (+Infinity when open, and for every event). */
	edgeTo: Float64Array;
	/** For dated events, the latest day the event may have happened; NaN otherwise. */
	eventLatest: Float64Array;
	/** Edges around each node (CSR): edges of node i are adjEdges[adjStart[i] .. adjStart[i+1]). */
	adjStart: Int32Array;
	adjEdges: Int32Array;
	/** First and last year any node or edge date names, or null when the data has no dates. */
	years: { min: number; max: number } | null;
}

export function indexGraph(graph: SplinterGraph): GraphIndex {
	const n = graph.order;
	const m = graph.size;
	const position = new Map<string, number>();
	const index: GraphIndex = {
		nodes: new Array<string>(n),
		position,
		nodeKind: new Array<string>(n),
		nodeFrom: new Float64Array(n),
		nodeTo: new Float64Array(n),
		edges: new Array<string>(m),
		edgeRelation: new Array<string>(m),
		edgeSource: new Int32Array(m),
		edgeTarget: new Int32Array(m),
		edgeFrom: new Float64Array(m),
		edgeTo: new Float64Array(m),
		eventLatest: new Float64Array(m),
		adjStart: new Int32Array(n + 1),
		adjEdges: new Int32Array(2 * m),
		years: null
	};
	let minYear = Infinity;
	let maxYear = -Infinity;
	const seeYear = (iso: string) => {
		const year = yearOf(iso);
		if (year === null) return;
		minYear = Math.min(minYear, year);
		maxYear = Math.max(maxYear, year);
	};

	let i = 0;
	graph.forEachNode((node, a) => {
		position.set(node, i);
		index.nodes[i] = node;
		index.nodeKind[i] = a.kind;
		index.nodeFrom[i] = a.founded ? lowerBound(a.founded) : -Infinity;
		index.nodeTo[i] = a.dissolved ? upperBound(a.dissolved) : Infinity;
		seeYear(a.founded);
		seeYear(a.dissolved);
		i++;
	});

	const degree = new Int32Array(n);
	let e = 0;
	graph.forEachEdge((edge, a, source, target) => {
		const s = position.get(source)!;
		const t = position.get(target)!;
		index.edges[e] = edge;
		index.edgeRelation[e] = a.relation;
		index.edgeSource[e] = s;
		index.edgeTarget[e] = t;
		degree[s]!++;
		if (t !== s) degree[t]!++;
		if (isEventLike(a.relation, a.start, a.end)) {
			const date = eventDate(a.start, a.end);
			index.edgeFrom[e] = date ? lowerBound(date) : -Infinity;
			index.edgeTo[e] = Infinity;
			index.eventLatest[e] = date ? upperBound(date) : NaN;
		} else {
			index.edgeFrom[e] = a.start ? lowerBound(a.start) : -Infinity;
			index.edgeTo[e] = a.end ? upperBound(a.end) : Infinity;
			index.eventLatest[e] = NaN;
		}
		seeYear(a.start);
		seeYear(a.end);
		e++;
	});

	for (let k = 0; k < n; k++) index.adjStart[k + 1] = index.adjStart[k]! + degree[k]!;
	const fill = index.adjStart.slice(0, n);
	for (let k = 0; k < m; k++) {
		const s = index.edgeSource[k]!;
		const t = index.edgeTarget[k]!;
		index.adjEdges[fill[s]!++] = k;
		if (t !== s) index.adjEdges[fill[t]!++] = k;
	}
	index.adjEdges = index.adjEdges.subarray(0, index.adjStart[n]);
	firstSeen(index);
	if (minYear <= maxYear) index.years = { min: minYear, max: maxYear };
	return index;
}

/**
 * An organization without a founding date is shown from the first dated relation it takes part
 * in: a party first named in a 2014 statement is not on the map of 1898. With no dated relation
 * (or a first one after its dissolution, a contradiction in the data) it stays open.
 */
function firstSeen(index: GraphIndex): void {
	const { nodeFrom, nodeTo, edgeFrom, adjStart, adjEdges } = index;
	for (let k = 0; k < nodeFrom.length; k++) {
		if (nodeFrom[k] !== -Infinity) continue;
		let first = Infinity;
		for (let a = adjStart[k]!; a < adjStart[k + 1]!; a++) {
			const from = edgeFrom[adjEdges[a]!]!;
			if (from !== -Infinity && from < first) first = from;
		}
		if (first !== Infinity && first <= nodeTo[k]!) nodeFrom[k] = first;
	}
}

/** Each distinct value with how often it occurs, most frequent first (ties by name). */
export function countValues(values: readonly string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
}
