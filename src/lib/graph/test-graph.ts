// A compact way for specs to write small graphs: nodes as `id:kind:founded:dissolved`, edges as
// `source>target:relation:start:end` (directed) or `source-target:...` (undirected).
import { MultiGraph } from 'graphology';
import type { SplinterGraph } from './build-graph';

export function testGraph(nodes: string[], edges: string[] = []): SplinterGraph {
	const graph: SplinterGraph = new MultiGraph({ allowSelfLoops: true });
	nodes.forEach((spec, i) => {
		const [id = '', kind = 'party', founded = '', dissolved = ''] = spec.split(':');
		graph.addNode(id, {
			label: id.toUpperCase(),
			kind,
			founded,
			dissolved,
			x: i,
			y: 0,
			size: 1,
			color: ''
		});
	});
	edges.forEach((spec, i) => {
		const [ends = '', relation = 'cooperation', start = '', end = '', weight = '1'] =
			spec.split(':');
		const directed = ends.includes('>');
		const [source = '', target = ''] = ends.split(/[>-]/);
		const attributes = { relation, start, end, label: '', weight: Number(weight) };
		const key = `e${i}`;
		if (directed) graph.addDirectedEdgeWithKey(key, source, target, attributes);
		else graph.addUndirectedEdgeWithKey(key, source, target, attributes);
	});
	return graph;
}
