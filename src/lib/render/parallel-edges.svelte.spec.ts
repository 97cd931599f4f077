// Browser project: @sigma/edge-curve, the reference the numbering is checked against, needs WebGL
// as soon as it is imported.
import { buildGraph } from '$lib/graph/build-graph';
import { loadDataset } from '$lib/data/load-dataset';
import { seededRandom } from '$lib/graph/random';
import { indexParallelEdgesIndex } from '@sigma/edge-curve';
import { MultiGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { curvatureFor } from './curvature';
import { drawn, type DrawnEdgeAttributes, type DrawnGraph } from './drawn-graph';
import { assignCurvatures, parallelCurvatures } from './parallel-edges';

const bytes = (text: string) => new TextEncoder().encode(text);

/** A multigraph dense enough in parallel edges: both directions, undirected ones, self-loops. */
function bundledGraph(seed: number, nodes: number, edges: number): DrawnGraph {
	const random = seededRandom(seed);
	const graph = new MultiGraph<object, DrawnEdgeAttributes>({ allowSelfLoops: true });
	for (let n = 0; n < nodes; n++) graph.addNode(`n${n}`);
	for (let e = 0; e < edges; e++) {
		const s = `n${Math.floor(random() * nodes)}`;
		const t = `n${Math.floor(random() * nodes)}`;
		const attributes = { relation: 'split', weight: 1, start: '', end: '', label: '' };
		if (random() < 0.6) graph.addDirectedEdge(s, t, attributes);
		else graph.addUndirectedEdge(s, t, attributes);
	}
	return graph as unknown as DrawnGraph;
}

/** The curvatures @sigma/edge-curve's own numbering gives, in graph order. */
function referenceCurvatures(graph: DrawnGraph): number[] {
	const copy = graph.copy();
	indexParallelEdgesIndex(copy, {
		edgeIndexAttribute: 'parallelIndex',
		edgeMaxIndexAttribute: 'parallelMaxIndex'
	});
	return copy.mapEdges((_edge, { parallelIndex: index, parallelMaxIndex: max }) =>
		typeof index === 'number' && typeof max === 'number' ? curvatureFor(index, max) : 0
	);
}

describe('parallelCurvatures', () => {
	it('numbers bundles exactly as @sigma/edge-curve does', () => {
		for (const [seed, nodes, edges] of [
			[1, 4, 40],
			[2, 12, 60],
			[3, 300, 900],
			[4, 1, 5]
		] as const) {
			const graph = bundledGraph(seed, nodes, edges);
			const ours = Array.from(parallelCurvatures(graph));
			expect(ours).toEqual(referenceCurvatures(graph));
			expect(ours.some((c) => c !== 0)).toBe(true);
		}
	});

	it('is empty for a graph without edges', () => {
		expect(parallelCurvatures(bundledGraph(5, 3, 0))).toHaveLength(0);
	});
});

describe('assignCurvatures', () => {
	it('bends parallel edges apart and leaves single edges straight', () => {
		const dataset = loadDataset([
			{ name: 'organizations.csv', bytes: bytes('id,name\na,A\nb,B\nc,C\n') },
			{
				name: 'relations.csv',
				bytes: bytes('source,target,type\na,b,split\na,b,merger\nb,a,cooperation\na,c,split\n')
			}
		]);
		const graph = drawn(buildGraph(dataset));
		let events = 0;
		graph.on('eachEdgeAttributesUpdated', () => events++);
		assignCurvatures(graph);
		expect(events).toBe(1);
		const curvature = (source: string, target: string, type: string) =>
			graph.getEdgeAttribute(
				graph.findEdge((_e, a, s, t) => s === source && t === target && a.relation === type)!,
				'curvature'
			)!;
		expect(curvature('a', 'c', 'split')).toBe(0);
		const bundle = [
			curvature('a', 'b', 'split'),
			curvature('a', 'b', 'merger'),
			curvature('b', 'a', 'cooperation')
		];
		expect(bundle.every((c) => c !== 0)).toBe(true);
		expect(new Set(bundle).size).toBe(3);
	});
});
