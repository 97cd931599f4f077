import { describe, expect, it } from 'vitest';
import { projectTwoMode, tieKey } from './project-two-mode';
import { testGraph } from './test-graph';

// Two statements (s1 signed by a, b, c; s2 by a, b), one bloc (k: b, c, d) that also has a merger
// edge, and a one-signer statement s3.
const graph = testGraph(
	[
		'a',
		'b',
		'c',
		'd',
		's1:statement:2014-02-26',
		's2:statement:2014-03',
		's3:statement:1993',
		'k:coalition:1997'
	],
	[
		'a-s1:co_signature:2014-02-26',
		'b-s1:co_signature:2014-02-26',
		'c-s1:co_signature:2014-02-26',
		'a-s2:co_signature:2014-03-22',
		'b-s2:co_signature:2014-03-22',
		'd-s3:co_signature:1993-09-21',
		'b>k:member_of:1999',
		'c>k:member_of:1998:2001',
		'd>k:member_of::2000',
		'a>k:merger:1999-09',
		'a>b:split:2001'
	]
);

describe('projectTwoMode', () => {
	const { graph: projected, shared, removedHubs } = projectTwoMode(graph);

	it('weights co-signature ties by the number of statements shared, and lists them', () => {
		const ab = tieKey('co_signature', 'a', 'b');
		expect(projected.getEdgeAttribute(ab, 'weight')).toBe(2);
		expect(shared.get(ab)!.map((e) => e.hub)).toEqual(['s1', 's2']);
		expect(projected.getEdgeAttribute(ab, 'relation')).toBe('co_signature');
		// In force from the first shared statement on.
		expect(projected.getEdgeAttribute(ab, 'start')).toBe('2014-02-26');
		expect(projected.getEdgeAttribute(tieKey('co_signature', 'c', 'a'), 'weight')).toBe(1);
		expect(projected.hasEdge(tieKey('co_signature', 'c', 'd'))).toBe(false);
	});

	it('turns a bloc into coalition ties dated by when both members were in', () => {
		const bc = tieKey('coalition', 'b', 'c');
		expect(projected.getEdgeAttribute(bc, 'weight')).toBe(1);
		expect(shared.get(bc)).toEqual([{ hub: 'k', label: 'K', start: '1999', end: '2001' }]);
		// d left in 2000 (start unknown): shared with b from 1999 to 2000, with c from 1998 to 2000.
		expect(shared.get(tieKey('coalition', 'b', 'd'))![0]).toMatchObject({
			start: '1999',
			end: '2000'
		});
		expect(shared.get(tieKey('coalition', 'c', 'd'))![0]).toMatchObject({
			start: '1998',
			end: '2000'
		});
		expect(projected.isUndirected(bc)).toBe(true);
	});

	it('removes hubs whose every edge became a tie, keeps the others and every other edge', () => {
		expect(removedHubs.sort()).toEqual(['s1', 's2', 's3']);
		expect(projected.hasNode('k')).toBe(true);
		expect(projected.hasEdge('e9')).toBe(true);
		expect(projected.hasEdge('e10')).toBe(true);
		for (const absorbed of ['e0', 'e5', 'e6', 'e8'])
			expect(projected.hasEdge(absorbed)).toBe(false);
		// 3 co-signature ties + 3 coalition ties + the merger and the split.
		expect(projected.size).toBe(8);
		expect(projected.order).toBe(5);
	});

	it('leaves the original graph untouched', () => {
		expect(graph.order).toBe(8);
		expect(graph.size).toBe(11);
	});

	it('counts a member linked twice to the same statement once', () => {
		const twice = testGraph(
			['a', 'b', 's:statement'],
			['a-s:co_signature:2001', 'a-s:co_signature:2002', 'b-s:co_signature:2003']
		);
		const result = projectTwoMode(twice);
		const ab = tieKey('co_signature', 'a', 'b');
		expect(result.graph.getEdgeAttribute(ab, 'weight')).toBe(1);
		expect(result.shared.get(ab)![0]!.start).toBe('2003');
	});
});
