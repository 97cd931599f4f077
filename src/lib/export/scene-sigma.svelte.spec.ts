// The scene of an export, read from a real sigma in Chromium: framed at the asked size, every
// shown node and edge once, and the focus drawn over the faded rest as sigma's on-top programs do.
import { loadDataset } from '$lib/data/load-dataset';
import { buildGraph } from '$lib/graph/build-graph';
import { createRenderer } from '$lib/render/create-renderer';
import { applyVisuals } from '$lib/render/visuals';
import { afterEach, describe, expect, it } from 'vitest';
import { exportReducers } from './drawn-subgraph';
import { sceneAtSize } from './scene-sigma';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

const RELATIONS =
	'source,target,type\n' +
	'a,b,split\n' +
	'c,d,co-signature\n' +
	'b,c,membership\n' +
	'd,a,split\n' +
	'b,d,co-signature\n';

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function drawnView() {
	const graph = buildGraph(loadDataset([file('r.csv', RELATIONS)]));
	applyVisuals(graph, {
		sizeBy: 'degree',
		colorBy: 'kind',
		membership: new Map(),
		communities: null
	});
	const corners: Record<string, [number, number]> = {
		a: [0, 0],
		b: [10, 0],
		c: [10, 10],
		d: [0, 10]
	};
	graph.forEachNode((node) =>
		graph.mergeNodeAttributes(node, { x: corners[node]![0], y: corners[node]![1] })
	);
	const container = document.createElement('div');
	container.style.width = '400px';
	container.style.height = '300px';
	document.body.appendChild(container);
	const sigma = createRenderer(graph, container, {});
	cleanup = () => {
		sigma.kill();
		container.remove();
	};
	return { graph, sigma };
}

const measure = (text: string) => text.length * 7;

describe('sceneAtSize', () => {
	it('frames every node and edge at the asked size, the selection boxed', async () => {
		const { graph, sigma } = drawnView();
		const reducers = exportReducers(graph, null, { nodes: null, edges: null });
		const scene = await sceneAtSize({
			sigma,
			width: 800,
			height: 600,
			reducers,
			selected: 'a',
			measure
		});
		expect([scene.width, scene.height]).toEqual([800, 600]);
		expect(scene.nodes.map((n) => n.key).sort()).toEqual(['a', 'b', 'c', 'd']);
		expect(scene.edges).toHaveLength(5);
		// The square of nodes fills the larger frame: its corners lie far apart in it.
		const a = scene.nodes.find((n) => n.key === 'a')!;
		const c = scene.nodes.find((n) => n.key === 'c')!;
		expect(Math.abs(c.x - a.x)).toBeGreaterThan(300);
		expect(scene.highlight?.key).toBe('a');
		// Directed relations (the splits) end in arrows, the co-signatures do not.
		expect(scene.edges.map((e) => e.arrow)).toEqual(
			scene.edges.map((e) => graph.isDirected(e.key))
		);
		expect(scene.edges.filter((e) => e.arrow).length).toBeGreaterThanOrEqual(2);
	});

	it('draws the selection’s edges after the faded ones, with their arrows', async () => {
		const { graph, sigma } = drawnView();
		const reducers = exportReducers(graph, 'a', { nodes: null, edges: null });
		const scene = await sceneAtSize({
			sigma,
			width: 400,
			height: 300,
			reducers,
			selected: 'a',
			measure
		});
		const ends = scene.edges.map((e) => [e.source, e.target]);
		const touchesA = (i: number) => {
			const nodeA = scene.nodes.find((n) => n.key === 'a')!;
			return ends[i]!.some((p) => p.x === nodeA.x && p.y === nodeA.y);
		};
		// a's two splits come last, both still arrows though drawn by the on-top programs.
		expect(scene.edges.map((_, i) => touchesA(i))).toEqual([false, false, false, true, true]);
		expect(scene.edges.slice(3).every((e) => e.arrow)).toBe(true);
	});
});
