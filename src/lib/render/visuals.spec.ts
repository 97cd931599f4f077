import { buildGraph } from '$lib/graph/build-graph';
import type { Dataset, Membership, Organization, Relation } from '$lib/data/types';
import { describe, expect, it } from 'vitest';
import { colourCommunities } from './communities';
import { drawn } from './drawn-graph';
import { KIND_COLORS, RELATION_COLORS, colorFor, communityColor, FALLBACK } from './palette';
import { curvatureFor } from './curvature';
import {
	MAX_NODE_SIZE,
	MIN_NODE_SIZE,
	applyVisuals,
	edgeProgram,
	edgeThickness,
	latestMembership,
	nodeSizes,
	scaleSize,
	shapeOf
} from './visuals';

const origin = { file: 'test.csv', line: 2 };
const org = (id: string, kind = 'party'): Organization => ({
	id,
	name: id.toUpperCase(),
	nameNative: '',
	aliases: [],
	kind,
	founded: '',
	dissolved: '',
	country: '',
	leader: '',
	ideology: '',
	website: '',
	sourceRef: '',
	notes: '',
	attributes: {},
	origin
});
const rel = (
	id: string,
	source: string,
	target: string,
	type: string,
	directed: boolean
): Relation => ({
	id,
	source,
	target,
	type,
	directed,
	start: '',
	end: '',
	label: '',
	weight: 1,
	confidence: '',
	sourceRef: '',
	notes: '',
	attributes: {},
	origin
});
const dataset = (organizations: Organization[], relations: Relation[]): Dataset => ({
	name: 'test',
	organizations,
	relations,
	congresses: [],
	membership: [],
	diagnostics: [],
	accounts: []
});
const figure = (org: string, date: string, members: number): Membership => ({
	org,
	date,
	members,
	kind: 'stated',
	sourceRef: '',
	origin
});

describe('palette', () => {
	it('gives every vocabulary type and kind its fixed colour, and others a stable one', () => {
		expect(colorFor(RELATION_COLORS, 'split')).toBe('#D55E00');
		expect(colorFor(KIND_COLORS, 'statement')).toBe(KIND_COLORS.statement);
		expect(colorFor(KIND_COLORS, 'guild')).toBe(colorFor(KIND_COLORS, 'guild'));
		expect(colorFor(KIND_COLORS, '')).toBe(FALLBACK);
		expect(new Set(Object.values(RELATION_COLORS)).size).toBe(Object.keys(RELATION_COLORS).length);
		expect(new Set(Object.values(KIND_COLORS)).size).toBe(Object.keys(KIND_COLORS).length);
	});

	it('colours communities by size order, then falls back to grey', () => {
		expect(communityColor(0)).not.toBe(communityColor(1));
		expect(communityColor(500)).toBe(FALLBACK);
	});
});

describe('sizes', () => {
	it('scales the radius with the square root of the value', () => {
		expect(scaleSize(0, 16)).toBe(MIN_NODE_SIZE);
		expect(scaleSize(16, 16)).toBe(MAX_NODE_SIZE);
		expect(scaleSize(4, 16)).toBeCloseTo(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) / 2);
		expect(scaleSize(3, 0)).toBe(MIN_NODE_SIZE);
	});

	it('sizes by degree, or by membership where known', () => {
		const graph = buildGraph(
			dataset(
				[org('a'), org('b'), org('c')],
				[rel('r1', 'a', 'b', 'split', true), rel('r2', 'a', 'c', 'split', true)]
			)
		);
		const byDegree = nodeSizes(graph, 'degree', new Map());
		expect(byDegree.get('a')).toBe(MAX_NODE_SIZE);
		expect(byDegree.get('b')).toBeLessThan(byDegree.get('a')!);
		const byMembers = nodeSizes(graph, 'membership', new Map([['c', 500]]));
		expect(byMembers.get('c')).toBe(MAX_NODE_SIZE);
		expect(byMembers.get('a')).toBe(MIN_NODE_SIZE);
	});

	it('takes the latest membership figure, undated counting as oldest', () => {
		const latest = latestMembership([
			figure('a', '2001', 300),
			figure('a', '', 900),
			figure('a', '1999-05', 100),
			figure('b', '', 42)
		]);
		expect(latest).toEqual(
			new Map([
				['a', 300],
				['b', 42]
			])
		);
	});
});

describe('shapes and edges', () => {
	it('draws statements as rings and blocs with a rim', () => {
		expect(shapeOf('statement')).toBe('ring');
		expect(shapeOf('coalition')).toBe('rimmed');
		expect(shapeOf('party')).toBe('disc');
	});

	it('picks arrows for directed and curves for parallel edges', () => {
		expect(edgeProgram(true, 0)).toBe('arrow');
		expect(edgeProgram(false, 0)).toBe('line');
		expect(edgeProgram(true, 0.2)).toBe('curvedArrow');
		expect(edgeProgram(false, -0.2)).toBe('curved');
		expect(edgeThickness(0.5)).toBeLessThan(edgeThickness(1));
		expect(edgeThickness(Number.NaN)).toBe(edgeThickness(1));
	});

	it('bends parallel edges apart symmetrically', () => {
		expect(curvatureFor(0, 1)).toBe(0);
		expect(curvatureFor(1, 1)).toBeGreaterThan(0);
		expect(curvatureFor(-1, 1)).toBe(-curvatureFor(1, 1));
		expect(curvatureFor(2, 2)).toBeGreaterThan(curvatureFor(1, 1));
	});

	it('applies colours, programs and curvatures to the graph', () => {
		const graph = buildGraph(
			dataset(
				[org('a'), org('s', 'statement'), org('b')],
				[
					rel('r1', 'a', 'b', 'split', true),
					rel('r2', 'a', 'b', 'merger', true),
					rel('r3', 'a', 's', 'co_signature', false)
				]
			)
		);
		applyVisuals(graph, {
			sizeBy: 'degree',
			colorBy: 'kind',
			membership: new Map(),
			communities: null
		});
		const g = drawn(graph);
		expect(g.getNodeAttribute('a', 'color')).toBe(KIND_COLORS.party);
		expect(g.getNodeAttributes('s')).toMatchObject({
			type: 'bordered',
			borderColor: KIND_COLORS.statement
		});
		expect(g.getEdgeAttribute('r1', 'type')).toBe('arrow');
		expect(g.getEdgeAttributes('r3')).toMatchObject({
			type: 'line',
			color: RELATION_COLORS.co_signature
		});
		g.setEdgeAttribute('r2', 'curvature', 0.3);
		applyVisuals(graph, {
			sizeBy: 'degree',
			colorBy: 'kind',
			membership: new Map(),
			communities: null
		});
		expect(g.getEdgeAttribute('r2', 'type')).toBe('curvedArrow');
	});
});

describe('communities', () => {
	const twoCliques = () => {
		const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
		const relations: Relation[] = [];
		for (const group of ['a', 'b']) {
			for (let i = 1; i <= 4; i++)
				for (let j = i + 1; j <= 4; j++)
					relations.push(
						rel(`${group}${i}${j}`, `${group}${i}`, `${group}${j}`, 'cooperation', false)
					);
		}
		relations.push(rel('bridge', 'a1', 'b1', 'split', true));
		return buildGraph(
			dataset(
				ids.map((id) => org(id)),
				relations
			)
		);
	};

	it('finds the two cliques, the same way every time', () => {
		const first = colourCommunities(twoCliques());
		const second = colourCommunities(twoCliques());
		expect(first.sizes).toEqual([4, 4]);
		expect(first.byNode.get('a2')).toBe(first.byNode.get('a4'));
		expect(first.byNode.get('a2')).not.toBe(first.byNode.get('b2'));
		expect([...second.byNode]).toEqual([...first.byNode]);
	});

	it('colours the groups the community filter offers, and an organization on its own grey', () => {
		const graph = twoCliques();
		graph.addNode('alone', { ...graph.getNodeAttributes('a1'), label: 'alone' });
		const communities = colourCommunities(graph);
		expect(communities).toMatchObject({ sizes: [4, 4], alone: 1 });
		expect(communities.byNode.has('alone')).toBe(false);
		expect(communities.hubs.map((hub) => hub[0])).toEqual(['a', 'b']);
		applyVisuals(graph, {
			sizeBy: 'degree',
			colorBy: 'community',
			membership: new Map(),
			communities
		});
		const colour = (node: string) => graph.getNodeAttribute(node, 'color');
		expect(colour('alone')).toBe(FALLBACK);
		expect(colour('a2')).toBe(communityColor(communities.byNode.get('a2')!));
		expect(colour('a2')).not.toBe(colour('b2'));
	});
});
