import { loadDataset } from '$lib/data/load-dataset';
import { buildGraph } from '$lib/graph/build-graph';
import { ALL_VISIBLE, type Visibility } from '$lib/graph/visibility';
import { describe, expect, it } from 'vitest';
import { onTop } from './on-top';
import { DARK_PALETTE, LIGHT_PALETTE } from './palette';
import { FADED_EDGE, FADED_NODE, makeReducers, type Focus } from './reducers';

const bytes = (text: string) => new TextEncoder().encode(text);
const graph = buildGraph(
	loadDataset([
		{ name: 'organizations.csv', bytes: bytes('id,name\na,A\nb,B\nc,C\nd,D\n') },
		{
			name: 'relations.csv',
			bytes: bytes('source,target,type\na,b,split\nb,c,merger\nc,d,split\n')
		}
	])
);
const edge = (source: string, target: string) => graph.edges(source, target)[0]!;

function reducersFor(focus: Focus, visibility: Visibility = ALL_VISIBLE) {
	return makeReducers(
		graph,
		() => focus,
		() => visibility
	);
}
// sigma hands each reducer its own copy of the attributes, which the reducers may change.
const node = (r: ReturnType<typeof reducersFor>, id: string) =>
	r.nodeReducer(id, { ...graph.getNodeAttributes(id) });
const edgeOf = (r: ReturnType<typeof reducersFor>, e: string) =>
	r.edgeReducer(e, { ...graph.getEdgeAttributes(e) });

describe('reducers', () => {
	it('change nothing without focus', () => {
		const r = reducersFor({ hovered: null, selected: null });
		expect(node(r, 'a')).toMatchObject({ label: 'A', color: graph.getNodeAttribute('a', 'color') });
		expect(node(r, 'a').forceLabel).toBeUndefined();
	});

	it('on hover keep the node and its neighbours, label them, and fade the rest', () => {
		const r = reducersFor({ hovered: 'b', selected: null });
		for (const id of ['a', 'b', 'c']) expect(node(r, id)).toMatchObject({ forceLabel: true });
		expect(node(r, 'd')).toMatchObject({ color: FADED_NODE, label: '' });
		expect(edgeOf(r, edge('a', 'b')).color).not.toBe(FADED_EDGE);
		expect(edgeOf(r, edge('c', 'd')).color).toBe(FADED_EDGE);
	});

	it('keep the selected node marked and labelled while another is hovered', () => {
		const r = reducersFor({ hovered: 'd', selected: 'a' });
		expect(node(r, 'a')).toMatchObject({ highlighted: true, forceLabel: true, label: 'A' });
		expect(node(r, 'b')).toMatchObject({ color: FADED_NODE });
		expect(node(r, 'c')).toMatchObject({ forceLabel: true });
	});

	it('hide what visibility leaves out, edges with a hidden end too', () => {
		const r = reducersFor(
			{ hovered: null, selected: null },
			{ nodes: new Set(['a', 'b', 'c']), edges: null }
		);
		expect(node(r, 'd').hidden).toBe(true);
		expect(edgeOf(r, edge('c', 'd')).hidden).toBe(true);
		expect(edgeOf(r, edge('a', 'b')).hidden).toBeUndefined();
	});

	it('draw the focus with on-top programs instead of sorting by zIndex', () => {
		const r = reducersFor({ hovered: 'b', selected: null });
		// No drawing attributes here: sigma's default programs are meant.
		expect(node(r, 'b').type).toBe(onTop('circle'));
		expect(node(r, 'd').type).toBeUndefined();
		expect(edgeOf(r, edge('a', 'b')).type).toMatch(/OnTop$/);
		expect(edgeOf(r, edge('c', 'd')).type ?? '').not.toMatch(/OnTop$/);
		expect(node(r, 'b').zIndex).toBeUndefined();
	});

	it('trust a closed visibility for edge ends, and read focus and visibility only on sync', () => {
		let visibility: Visibility = { nodes: new Set(['a', 'b']), edges: new Set(), closed: true };
		let focus: Focus = { hovered: null, selected: null };
		const r = makeReducers(
			graph,
			() => focus,
			() => visibility
		);
		expect(edgeOf(r, edge('a', 'b')).hidden).toBe(true);
		visibility = { nodes: new Set(['a', 'b']), edges: new Set([edge('a', 'b')]), closed: true };
		focus = { hovered: 'a', selected: null };
		expect(edgeOf(r, edge('a', 'b')).hidden).toBe(true);
		expect(node(r, 'a').forceLabel).toBeUndefined();
		r.sync();
		expect(edgeOf(r, edge('a', 'b')).hidden).toBeUndefined();
		expect(node(r, 'a').forceLabel).toBe(true);
	});

	it('in a graph too large to fade, mark the focus and name the few items to redraw', () => {
		let focus: Focus = { hovered: null, selected: null };
		const r = makeReducers(
			graph,
			() => focus,
			() => ALL_VISIBLE,
			undefined,
			0
		);
		focus = { hovered: 'b', selected: null };
		expect(r.sync()).toEqual({
			nodes: expect.arrayContaining(['a', 'b', 'c']),
			edges: expect.arrayContaining([edge('a', 'b'), edge('b', 'c')])
		});
		expect(node(r, 'b')).toMatchObject({ forceLabel: true });
		expect(node(r, 'b').type).toBeUndefined();
		expect(node(r, 'd').color).not.toBe(FADED_NODE);
		const size = graph.getEdgeAttribute(edge('a', 'b'), 'size') ?? 1;
		expect(edgeOf(r, edge('a', 'b')).size).toBe(size * 2);
		// Moving to d: b's neighbourhood and d's are redrawn, nothing else.
		focus = { hovered: 'd', selected: null };
		const changed = r.sync()!;
		expect(new Set(changed.nodes)).toEqual(new Set(['a', 'b', 'c', 'd']));
		expect(new Set(changed.edges)).toEqual(
			new Set([edge('a', 'b'), edge('b', 'c'), edge('c', 'd')])
		);
		// A change of visibility redraws everything.
		const r2 = makeReducers(
			graph,
			() => focus,
			() => ({ nodes: null, edges: null }),
			undefined,
			0
		);
		expect(r2.sync()).toBeNull();
	});

	it("fade to the theme's colours, and a change of theme redraws everything", () => {
		let palette = DARK_PALETTE;
		const r = makeReducers(
			graph,
			() => ({ hovered: 'a', selected: null }),
			() => ALL_VISIBLE,
			() => palette,
			0
		);
		palette = LIGHT_PALETTE;
		expect(r.sync()).toBeNull();
		const faded = makeReducers(
			graph,
			() => ({ hovered: 'a', selected: null }),
			() => ALL_VISIBLE,
			() => DARK_PALETTE
		);
		expect(node(faded, 'd').color).toBe(DARK_PALETTE.fadedNode);
		expect(edgeOf(faded, edge('c', 'd')).color).toBe(DARK_PALETTE.fadedEdge);
	});
});
