// Parallel edges are drawn as curves bent apart, so none hides another. Bundles are numbered as
// @sigma/edge-curve's indexParallelEdgesIndex numbers them (the browser spec checks that it is
// the same), and curvatureFor spreads them. Our own because that function builds two strings, an
// array and three dictionary entries per edge, then sets two attributes one by one (events
// included): at 500,000 edges, seconds of garbage collection in the first drawing of a graph.
// Here the bookkeeping is typed arrays, and each edge gets one number.
import { curvatureFor } from './curvature';
import type { DrawnGraph } from './drawn-graph';

/** Stable counting sort of `order` by `key` (values in [0, range)). */
function sortBy(order: Uint32Array, key: Uint32Array, range: number): Uint32Array {
	const starts = new Uint32Array(range + 1);
	for (let i = 0; i < key.length; i++) starts[key[i]! + 1]!++;
	for (let k = 0; k < range; k++) starts[k + 1]! += starts[k]!;
	const sorted = new Uint32Array(order.length);
	for (const e of order) sorted[starts[key[e]!]!++] = e;
	return sorted;
}

/** Edges (by position in graph order) sorted by first then second end, graph order within. */
function grouped(first: Uint32Array, second: Uint32Array, nodes: number): Uint32Array {
	const identity = new Uint32Array(first.length).map((_, i) => i);
	return sortBy(sortBy(identity, second, nodes), first, nodes);
}

/** For each edge, how many edges share its two ends: `sameWay` with the same source and target,
 * `together` in either direction; and its position among the former, in graph order. */
function bundles(ends: { source: Uint32Array; target: Uint32Array }, nodes: number) {
	const { source, target } = ends;
	const count = source.length;
	const low = source.map((s, i) => Math.min(s, target[i]!));
	const high = source.map((s, i) => Math.max(s, target[i]!));
	const sameWay = new Uint32Array(count);
	const together = new Uint32Array(count);
	const position = new Uint32Array(count);
	const runs = (
		order: Uint32Array,
		a: Uint32Array,
		b: Uint32Array,
		visit: (run: Uint32Array) => void
	) => {
		let from = 0;
		for (let i = 1; i <= count; i++) {
			const same =
				i < count && a[order[i]!] === a[order[from]!] && b[order[i]!] === b[order[from]!];
			if (same) continue;
			visit(order.subarray(from, i));
			from = i;
		}
	};
	runs(grouped(source, target, nodes), source, target, (run) =>
		run.forEach((e, i) => {
			sameWay[e] = run.length;
			position[e] = i;
		})
	);
	runs(grouped(low, high, nodes), low, high, (run) =>
		run.forEach((e) => (together[e] = run.length))
	);
	return { sameWay, together, position };
}

/** Curvature of every edge, in graph order: 0 for an edge alone between its two nodes. */
export function parallelCurvatures(graph: DrawnGraph): Float64Array {
	const index = new Map<string, number>();
	graph.forEachNode((node) => index.set(node, index.size));
	const source = new Uint32Array(graph.size);
	const target = new Uint32Array(graph.size);
	let e = 0;
	graph.forEachEdge((_edge, _attributes, s, t) => {
		source[e] = index.get(s)!;
		target[e++] = index.get(t)!;
	});
	const { sameWay, together, position } = bundles({ source, target }, index.size);
	return Float64Array.from(sameWay, (d, i) => {
		const u = together[i]!;
		if (d === 1) return u === 1 ? 0 : curvatureFor(1, 1);
		// All one way: spread around the straight line; both ways: each direction to its side.
		if (d === u) return curvatureFor(position[i]! - (d - 1) / 2, (d - 1) / 2);
		return curvatureFor(position[i]! + 1, d);
	});
}

/** Sets `curvature` on every edge, in place (one event). Once per graph. */
export function assignCurvatures(graph: DrawnGraph): void {
	const curvatures = parallelCurvatures(graph);
	let e = 0;
	// updateEachEdgeAttributes walks the edges in the same order as forEachEdge.
	graph.updateEachEdgeAttributes((_edge, attributes) => {
		attributes.curvature = curvatures[e++]!;
		return attributes;
	});
}
