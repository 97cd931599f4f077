import { testGraph } from '$lib/graph/test-graph';
import { FADED_NODE } from '$lib/render/reducers';
import { describe, expect, it } from 'vitest';
import { drawnSubgraph, exportReducers } from './drawn-subgraph';

describe('drawnSubgraph', () => {
	const graph = testGraph(['a', 'b', 'c', 'd'], ['a>b:split', 'b-c:cooperation', 'c>d:merger']);
	graph.forEachNode((node) => graph.setNodeAttribute(node, 'color', '#123456'));

	it('keeps only what the visibility shows, with keys, directions and data', async () => {
		const visibility = { nodes: new Set(['a', 'b', 'c']), edges: new Set(['e0', 'e2']) };
		const sub = await drawnSubgraph(graph, exportReducers(graph, null, visibility));
		expect(sub.nodes()).toEqual(['a', 'b', 'c']);
		// e1 is filtered out; e2 loses its hidden end d.
		expect(sub.edges()).toEqual(['e0']);
		expect(sub.isDirected('e0')).toBe(true);
		expect(sub.getEdgeAttributes('e0')).toMatchObject({ relation: 'split', weight: 1 });
		expect(graph.order).toBe(4);
	});

	it('takes colours as drawn around the selection but keeps the real labels', async () => {
		const sub = await drawnSubgraph(
			graph,
			exportReducers(graph, 'a', { nodes: null, edges: null })
		);
		expect(sub.getNodeAttribute('b', 'color')).toBe('#123456');
		expect(sub.getNodeAttribute('d', 'color')).toBe(FADED_NODE);
		expect(sub.getNodeAttribute('d', 'label')).toBe('D');
	});

	it('draws recent events thicker, as the canvas does', async () => {
		graph.setEdgeAttribute('e0', 'size', 2);
		const visibility = { nodes: null, edges: null, emphasized: new Set(['e0']) };
		const sub = await drawnSubgraph(graph, exportReducers(graph, null, visibility));
		expect(sub.getEdgeAttribute('e0', 'size')).toBe(5);
	});
});
