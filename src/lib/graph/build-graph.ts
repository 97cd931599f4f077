// Records to one graphology MultiGraph, built once per dataset. Parallel edges and self-loops are kept.
// Node and edge attributes hold what views need to draw and filter; the full records stay in the Dataset.
import { MultiGraph } from 'graphology';
import type { Dataset, Organization, Relation } from '../data/types';
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

/**
 * Builds the graph a part at a time (organizations before the relations that name them), so it can
 * grow while an import is still read. Nodes are placed on a seeded random disc whose radius
 * depends on how many there are, so positions are set in finish(). Same input, same graph, whether
 * given whole or in parts.
 */
export class GraphBuilder {
	readonly graph: SplinterGraph = new MultiGraph({ allowSelfLoops: true });
	#random: () => number;
	#angles: number[] = [];
	#spreads: number[] = [];

	constructor(seed = 42) {
		this.#random = seededRandom(seed);
	}

	addOrganizations(organizations: readonly Organization[]): void {
		for (const org of organizations) {
			this.#angles.push(this.#random() * Math.PI * 2);
			this.#spreads.push(Math.sqrt(this.#random()));
			this.graph.addNode(org.id, {
				label: org.name,
				kind: org.kind,
				x: 0,
				y: 0,
				size: 4,
				color: '#666',
				founded: org.founded,
				dissolved: org.dissolved
			});
		}
	}

	addRelations(relations: readonly Relation[]): void {
		const graph = this.graph;
		for (const rel of relations) {
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
	}

	/** Places the nodes and returns the graph. No one listens to it yet, so attributes are set in
	 * place. */
	finish(): SplinterGraph {
		const radius = Math.sqrt(this.graph.order) * 10 + 1;
		let i = 0;
		this.graph.forEachNode((_node, attributes) => {
			const angle = this.#angles[i]!;
			const r = this.#spreads[i++]! * radius;
			attributes.x = Math.cos(angle) * r;
			attributes.y = Math.sin(angle) * r;
		});
		return this.graph;
	}
}

/** The whole dataset at once (see GraphBuilder). */
export function buildGraph(dataset: Dataset, seed = 42): SplinterGraph {
	const builder = new GraphBuilder(seed);
	builder.addOrganizations(dataset.organizations);
	builder.addRelations(dataset.relations);
	return builder.finish();
}
