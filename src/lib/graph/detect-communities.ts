// Communities for the community filter, the node colours and the legend: Louvain
// (graphology-communities-louvain) with a seeded RNG on an undirected, simple copy of the graph
// (Louvain refuses mixed graphs), so the same data always gives the same communities and a shared
// link names the same one.
import louvain from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { SplinterGraph } from './build-graph';
import { seededRandom } from './random';

export interface Community {
	/** '1' is the largest community, '2' the next, ...: stable for the same data. */
	id: string;
	size: number;
	/** The best-connected member, to name the community by. */
	hub: string;
}

export interface Communities {
	of: Map<string, string>;
	/** Every community, largest first: `list[i].id` is `String(i + 1)`. */
	list: Community[];
	/**
	 * The communities of two or more: the ones the filter offers and the legend colours. The rest
	 * are organizations on their own (Louvain leaves a node without relations alone), so they come
	 * after every group and are counted in `alone`.
	 */
	groups: Community[];
	alone: number;
}

const cache = new WeakMap<SplinterGraph, Communities>();

/** The communities of a graph, found once per graph: the filter, the colours and the legend
 * share them, so "community 3" is the same group everywhere. */
export function communitiesOf(graph: SplinterGraph): Communities {
	let communities = cache.get(graph);
	if (!communities) cache.set(graph, (communities = detectCommunities(graph)));
	return communities;
}

export function detectCommunities(graph: SplinterGraph, seed = 7): Communities {
	const simple = new UndirectedGraph<Record<string, never>, { weight: number }>();
	graph.forEachNode((node) => simple.addNode(node));
	graph.forEachEdge((_edge, attributes, source, target) => {
		if (source === target) return;
		const weight = Math.max(0, attributes.weight || 0) || 1;
		simple.updateEdge(source, target, (a) => ({ weight: (a.weight ?? 0) + weight }));
	});
	const raw = louvain(simple, { rng: seededRandom(seed), getEdgeWeight: 'weight' });

	const members = new Map<number, string[]>();
	for (const node of simple.nodes()) {
		const group = raw[node]!;
		const list = members.get(group);
		if (list) list.push(node);
		else members.set(group, [node]);
	}
	const degree = (node: string) => graph.degree(node);
	const found = [...members.values()].map((nodes) => {
		const hub = nodes.reduce((best, node) =>
			degree(node) > degree(best) || (degree(node) === degree(best) && node < best) ? node : best
		);
		return { nodes, hub };
	});
	found.sort((a, b) => b.nodes.length - a.nodes.length || (a.hub < b.hub ? -1 : 1));

	const of = new Map<string, string>();
	const list = found.map(({ nodes, hub }, rank) => {
		const id = String(rank + 1);
		for (const node of nodes) of.set(node, id);
		return { id, size: nodes.length, hub };
	});
	const groups = list.filter((c) => c.size > 1);
	return { of, list, groups, alone: list.length - groups.length };
}
