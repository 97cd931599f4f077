import { describe, expect, it } from 'vitest';
import { communitiesOf, detectCommunities } from './detect-communities';
import { testGraph } from './test-graph';

describe('detectCommunities', () => {
	// Two triangles of mixed directed and undirected edges joined by one edge, plus an isolate.
	const graph = testGraph(
		['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z'],
		['a-b', 'b>c', 'c-a', 'd-e', 'e>f', 'f-d', 'f>g', 'g-d', 'c-d']
	);

	it('finds the two groups, numbered by size, named by their best-connected member', () => {
		const { of, list } = detectCommunities(graph);
		expect(of.get('a')).toBe(of.get('b'));
		expect(of.get('a')).toBe(of.get('c'));
		expect(of.get('d')).toBe(of.get('g'));
		expect(of.get('a')).not.toBe(of.get('d'));
		expect(list[0]).toEqual({ id: '1', size: 4, hub: 'd' });
		expect(list[1]).toEqual({ id: '2', size: 3, hub: 'c' });
		expect(list.at(-1)).toEqual({ id: '3', size: 1, hub: 'z' });
	});

	it('gives the same answer every time', () => {
		expect(detectCommunities(graph).of).toEqual(detectCommunities(graph).of);
	});

	it('sets the organizations on their own apart from the groups, and runs once per graph', () => {
		const { groups, alone, list } = communitiesOf(graph);
		expect(groups.map((c) => c.id)).toEqual(['1', '2']);
		expect(alone).toBe(1);
		expect(list).toHaveLength(3);
		expect(communitiesOf(graph)).toBe(communitiesOf(graph));
	});
});
