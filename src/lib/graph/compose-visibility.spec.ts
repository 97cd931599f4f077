import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	NO_FILTERS,
	composeVisibility,
	isFiltering,
	maxDegree,
	type FilterSettings,
	type ViewQuery
} from './compose-visibility';
import { indexGraph } from './graph-index';
import { testGraph } from './test-graph';
import { existsDuring, firstSeen, inForceDuring, isRecentEvent, yearSpan } from './time-rules';

// a—b—c—d chain plus e (a statement), f (isolated), g (dissolved early).
const graph = testGraph(
	[
		'a:party:1990',
		'b:party:1992',
		'c:movement',
		'd:party::1995',
		'e:statement:1994',
		'f:youth',
		'g:party:1980:1985'
	],
	[
		'a-b:cooperation:1992:1996',
		'b>c:split:1993',
		'c>d:member_of:1994',
		'a-e:co_signature:1994',
		'b-e:co_signature:1994',
		'g>a:predecessor:1985'
	]
);
const index = indexGraph(graph);

function view(
	patch: Partial<Omit<ViewQuery, 'filters'>> & { filters?: Partial<FilterSettings> } = {}
) {
	const query: ViewQuery = {
		span: null,
		recentYears: 0,
		selected: null,
		communityOf: null,
		...patch,
		filters: { ...NO_FILTERS, ...patch.filters }
	};
	return composeVisibility(index, query);
}
const shownNodes = (v: ReturnType<typeof view>) =>
	v.visibility.nodes ? [...v.visibility.nodes].sort() : graph.nodes().sort();
const shownEdges = (v: ReturnType<typeof view>) =>
	v.visibility.edges ? [...v.visibility.edges].sort() : graph.edges().sort();

describe('maxDegree and isFiltering', () => {
	it('bounds the minimum degree: at the most any node has, something is left; above, nothing', () => {
		expect(maxDegree(index)).toBe(3);
		expect(view({ filters: { minDegree: 3 } }).shownNodes).toBeGreaterThan(0);
		expect(view({ filters: { minDegree: 4 } }).shownNodes).toBe(0);
		expect(maxDegree(indexGraph(testGraph(['a', 'b'], ['a>a', 'a-b'])))).toBe(3);
	});

	it('tells a filtered view from an unfiltered one', () => {
		expect(isFiltering(NO_FILTERS)).toBe(false);
		expect(isFiltering({ ...NO_FILTERS, minDegree: 1 })).toBe(true);
		expect(isFiltering({ ...NO_FILTERS, hiddenKinds: ['party'] })).toBe(true);
		expect(isFiltering({ ...NO_FILTERS, community: '2' })).toBe(true);
	});
});

describe('composeVisibility', () => {
	it('shows everything (as null sets) when no filter and all time', () => {
		const v = view();
		expect(v.visibility.nodes).toBeNull();
		expect(v.visibility.edges).toBeNull();
		expect(v.shownNodes).toBe(7);
		expect(v.shownEdges).toBe(6);
	});

	it('applies the time rules to nodes and edges, and drops edges with a hidden end', () => {
		const v = view({ span: yearSpan(1993) });
		// c has no founding date but a split in 1993: there from then on. d (no founding date) is
		// first named by a 1994 relation; f has no dated relation at all, so it is always there.
		expect(shownNodes(v)).toEqual(['a', 'b', 'c', 'f']);
		// e0 (1992–1996) and e1 (split 1993) hold; e2 starts 1994; e5's source g is gone.
		expect(shownEdges(v)).toEqual(['e0', 'e1']);
	});

	it('composes kinds and relation types, with facet counts that ignore their own filter', () => {
		const v = view({
			span: yearSpan(1994),
			filters: { hiddenKinds: ['statement'], hiddenRelations: ['split'] }
		});
		expect(shownNodes(v)).toEqual(['a', 'b', 'c', 'd', 'f']);
		expect(shownEdges(v)).toEqual(['e0', 'e2']);
		expect(v.kindCounts.get('statement')).toBe(1);
		expect(v.kindCounts.get('party')).toBe(3);
		expect(v.relationCounts.get('split')).toBe(1);
		// The co-signatures reach the hidden statement, so they are not counted as available.
		expect(v.relationCounts.get('co_signature')).toBeUndefined();
	});

	it('counts degree among the relations still shown, then hides isolates', () => {
		const minDegree2 = view({ span: yearSpan(1995), filters: { minDegree: 2 } });
		// Degrees at 1995: a 2, b 3, c 2, d 1, e 2, f 0.
		expect(shownNodes(minDegree2)).toEqual(['a', 'b', 'c', 'e']);
		const noSplits = view({
			span: yearSpan(1995),
			filters: { hiddenRelations: ['split', 'co_signature'], hideIsolates: true }
		});
		expect(shownNodes(noSplits)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('keeps the neighbourhood of the selection, 1 or 2 steps along shown relations', () => {
		const one = view({ span: yearSpan(1995), selected: 'd', filters: { neighbourhood: 1 } });
		expect(shownNodes(one)).toEqual(['c', 'd']);
		const two = view({ span: yearSpan(1995), selected: 'd', filters: { neighbourhood: 2 } });
		expect(shownNodes(two)).toEqual(['b', 'c', 'd']);
		const hidden = view({
			span: yearSpan(1995),
			selected: 'g',
			filters: { neighbourhood: 1 }
		});
		expect(hidden.selectionHidden).toBe(true);
		expect(hidden.shownNodes).toBe(6);
	});

	it('keeps only the chosen community', () => {
		const communityOf = new Map([
			['a', '1'],
			['b', '1'],
			['e', '1'],
			['c', '2'],
			['d', '2'],
			['f', '3'],
			['g', '1']
		]);
		const v = view({ communityOf, filters: { community: '2' } });
		expect(shownNodes(v)).toEqual(['c', 'd']);
		expect(shownEdges(v)).toEqual(['e2']);
	});

	it('emphasises recent events only', () => {
		const v = view({ span: yearSpan(1995), recentYears: 2 });
		expect([...(v.visibility.emphasized ?? [])].sort()).toEqual(['e2', 'e3', 'e4']);
		expect(view({ span: null, recentYears: 2 }).visibility.emphasized).toBeNull();
	});

	it('agrees with the scalar time rules for any dates and any year', () => {
		const date = fc.oneof(
			fc.constant(''),
			fc.integer({ min: 1985, max: 2000 }).map(String),
			fc
				.tuple(fc.integer({ min: 1985, max: 2000 }), fc.integer({ min: 1, max: 12 }))
				.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`)
		);
		const relation = fc.constantFrom('split', 'member_of', 'cooperation', 'co_signature');
		fc.assert(
			fc.property(
				fc.array(fc.tuple(date, date), { minLength: 2, maxLength: 6 }),
				fc.array(fc.tuple(fc.nat(), fc.nat(), relation, date, date), { maxLength: 10 }),
				fc.integer({ min: 1984, max: 2001 }),
				fc.integer({ min: 0, max: 4 }),
				(nodes, edges, year, width) => {
					const n = nodes.length;
					const g = testGraph(
						nodes.map(([f, d], i) => `n${i}:party:${f}:${d}`),
						edges.map(([s, t, r, a, b]) => `n${s % n}>n${t % n}:${r}:${a}:${b}`)
					);
					const span = yearSpan(year, year + width);
					const v = composeVisibility(indexGraph(g), {
						span,
						recentYears: 2,
						selected: null,
						communityOf: null,
						filters: NO_FILTERS
					});
					const nodeOk = (node: string) => {
						const dissolved = g.getNodeAttribute(node, 'dissolved');
						const incident = g.edges(node).map((edge) => ({
							type: g.getEdgeAttribute(edge, 'relation'),
							start: g.getEdgeAttribute(edge, 'start'),
							end: g.getEdgeAttribute(edge, 'end')
						}));
						const from = firstSeen(g.getNodeAttribute(node, 'founded'), dissolved, incident);
						return existsDuring(from, dissolved, span);
					};
					for (const node of g.nodes()) {
						expect(v.visibility.nodes?.has(node) ?? true).toBe(nodeOk(node));
					}
					g.forEachEdge((edge, a, s, t) => {
						const ok = nodeOk(s) && nodeOk(t) && inForceDuring(a.relation, a.start, a.end, span);
						expect(v.visibility.edges?.has(edge) ?? true).toBe(ok);
						const recent = ok && isRecentEvent(a.relation, a.start, a.end, span, 2);
						expect(v.visibility.emphasized?.has(edge) ?? false).toBe(recent);
					});
				}
			)
		);
	});
});

describe('indexGraph', () => {
	it('finds the years the data spans', () => {
		expect(index.years).toEqual({ min: 1980, max: 1996 });
		expect(indexGraph(testGraph(['x'])).years).toBeNull();
	});
});
