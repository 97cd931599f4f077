// Browser project: @sigma/edge-curve needs WebGL as soon as it is imported.
import { buildGraph } from '$lib/graph/build-graph';
import { loadDataset } from '$lib/data/load-dataset';
import { describe, expect, it } from 'vitest';
import { drawn } from './drawn-graph';
import { assignCurvatures } from './parallel-edges';

const bytes = (text: string) => new TextEncoder().encode(text);

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
		assignCurvatures(graph);
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
