// Louvain communities for colouring nodes. Seeded, so the same graph always gets the same
// communities and therefore the same colours. Communities are numbered by size, largest first.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { seededRandom } from '$lib/graph/random';
import louvain from 'graphology-communities-louvain';
import { toUndirected } from 'graphology-library/operators';

export interface Communities {
	/** Node → community position (0 = largest community). */
	byNode: Map<string, number>;
	/** Number of nodes in each community, by position. */
	sizes: number[];
}

export function detectCommunities(graph: SplinterGraph, seed = 7): Communities {
	// Louvain cannot run on a graph with both directed and undirected edges; community structure
	// does not depend on direction anyway. Edge weights count (the 0.5 "partial support").
	const undirected = toUndirected(graph);
	const raw = louvain(undirected, {
		getEdgeWeight: (_edge, attributes) =>
			typeof attributes.weight === 'number' && attributes.weight > 0 ? attributes.weight : 1,
		rng: seededRandom(seed)
	});
	const members = new Map<number, number>();
	const firstSeen = new Map<number, number>();
	graph.forEachNode((node) => {
		const community = raw[node]!;
		members.set(community, (members.get(community) ?? 0) + 1);
		if (!firstSeen.has(community)) firstSeen.set(community, firstSeen.size);
	});
	const order = [...members.keys()].sort(
		(a, b) => members.get(b)! - members.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!
	);
	const position = new Map(order.map((community, index) => [community, index]));
	const byNode = new Map<string, number>();
	graph.forEachNode((node) => byNode.set(node, position.get(raw[node]!)!));
	return { byNode, sizes: order.map((community) => members.get(community)!) };
}
