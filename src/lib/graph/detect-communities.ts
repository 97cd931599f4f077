// Communities for the community filter: Louvain (graphology-communities-louvain) with a seeded RNG
// on an undirected, simple copy of the graph (Louvain refuses mixed graphs), so the same data always
// gives the same communities and a shared link names the same one.
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
	list: Community[];
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
	const groups = [...members.values()].map((nodes) => {
		const hub = nodes.reduce((best, node) =>
			degree(node) > degree(best) || (degree(node) === degree(best) && node < best) ? node : best
		);
		return { nodes, hub };
	});
	groups.sort((a, b) => b.nodes.length - a.nodes.length || (a.hub < b.hub ? -1 : 1));

	const of = new Map<string, string>();
	const list = groups.map(({ nodes, hub }, rank) => {
		const id = String(rank + 1);
		for (const node of nodes) of.set(node, id);
		return { id, size: nodes.length, hub };
	});
	return { of, list };
}
