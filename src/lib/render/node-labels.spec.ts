import { describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { applyNodeLabels } from './node-labels';

function graphOf(labels: Record<string, string>): SplinterGraph {
	const graph = new MultiGraph() as SplinterGraph;
	for (const [node, label] of Object.entries(labels))
		graph.addNode(node, {
			label,
			kind: '',
			x: 0,
			y: 0,
			size: 4,
			color: '',
			founded: '',
			dissolved: ''
		});
	return graph;
}

describe('applyNodeLabels', () => {
	it('sets the names it knows and keeps the labels of nodes it does not', () => {
		const graph = graphOf({ a: 'A', b: 'B' });
		applyNodeLabels(graph, (node) => (node === 'a' ? 'Алфа' : undefined));
		expect(graph.getNodeAttribute('a', 'label')).toBe('Алфа');
		expect(graph.getNodeAttribute('b', 'label')).toBe('B');
	});

	it('sends one event with a label hint when a label changes, none when none does', () => {
		const graph = graphOf({ a: 'A', b: 'B' });
		const hints: unknown[] = [];
		graph.on('eachNodeAttributesUpdated', (event) => hints.push(event.hints));
		applyNodeLabels(graph, (node) => node.toUpperCase());
		expect(hints).toEqual([]);
		applyNodeLabels(graph, (node) => `${node}!`);
		expect(hints).toEqual([{ attributes: ['label'] }]);
	});
});
