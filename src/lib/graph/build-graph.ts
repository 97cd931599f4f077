// Records to one graphology MultiGraph, built once per dataset. Parallel edges and self-loops are kept.
// Node and edge attributes hold what views need to draw and filter; the full records stay in the Dataset.
import { MultiGraph } from 'graphology';
import type { Dataset } from '../data/types';
import { seededRandom } from './random';

export interface NodeAttributes {
	label: string;
	kind: string;
	x: number;
	y: number;
	size: number;
	color: string;
	founded: string;
	dissolved: string;
}

export interface EdgeAttributes {
	/** The relation type (our `type` column); sigma's own `type` is the drawing program. */
	relation: string;
	weight: number;
	start: string;
	end: string;
	label: string;
	/** Drawing attributes, set by the renderer's visuals. */
	type?: string;
	size?: number;
	color?: string;
}

export type SplinterGraph = MultiGraph<NodeAttributes, EdgeAttributes>;

/** Places nodes on a seeded random disc so the same data always starts (and so ends) the same way. */
export function buildGraph(dataset: Dataset, seed = 42): SplinterGraph {
	const graph: SplinterGraph = new MultiGraph({ allowSelfLoops: true });
	const random = seededRandom(seed);
	const radius = Math.sqrt(dataset.organizations.length) * 10 + 1;
	for (const org of dataset.organizations) {
		const angle = random() * Math.PI * 2;
		const r = Math.sqrt(random()) * radius;
		graph.addNode(org.id, {
			label: org.name,
			kind: org.kind,
			x: Math.cos(angle) * r,
			y: Math.sin(angle) * r,
			size: 4,
			color: '#666',
			founded: org.founded,
			dissolved: org.dissolved
		});
	}
	for (const rel of dataset.relations) {
		const attributes: EdgeAttributes = {
			relation: rel.type,
			weight: rel.weight,
			start: rel.start,
			end: rel.end,
			label: rel.label
		};
		if (rel.directed) graph.addDirectedEdgeWithKey(rel.id, rel.source, rel.target, attributes);
		else graph.addUndirectedEdgeWithKey(rel.id, rel.source, rel.target, attributes);
	}
	return graph;
}
