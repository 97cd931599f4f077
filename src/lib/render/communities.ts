// Communities as the node colours use them: each group of two or more (graph/detect-communities,
// the same groups the community filter offers) by its position in size order, which picks its
// colour. Organizations on their own are in no group: they are drawn grey and counted apart.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { communitiesOf } from '$lib/graph/detect-communities';

export interface Communities {
	/** Node → community position (0 = largest community); absent for a node on its own. */
	byNode: Map<string, number>;
	/** Number of nodes in each community, by position. */
	sizes: number[];
}

export interface NamedCommunities extends Communities {
	/** The best-connected member of each community, by position: what the community is called. */
	hubs: string[];
	/** Organizations in no community of two or more. */
	alone: number;
}

export function colourCommunities(graph: SplinterGraph): NamedCommunities {
	const { of, groups, alone } = communitiesOf(graph);
	// Groups come first in the size order, so a group's position is its id less one.
	const byNode = new Map<string, number>();
	for (const [node, id] of of) {
		const position = Number(id) - 1;
		if (position < groups.length) byNode.set(node, position);
	}
	return {
		byNode,
		sizes: groups.map((c) => c.size),
		hubs: groups.map((c) => c.hub),
		alone
	};
}
