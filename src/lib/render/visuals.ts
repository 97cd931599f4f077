// Sets the drawing attributes sigma reads (size, colour, edge program) from the data attributes.
// Runs once per dataset, and again only when the user changes what size or colour encode.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { KIND_COLORS, RELATION_COLORS, colorFor } from './palette';

export function applyVisuals(graph: SplinterGraph): void {
	let maxDegree = 1;
	graph.forEachNode((node) => {
		maxDegree = Math.max(maxDegree, graph.degree(node));
	});
	graph.updateEachNodeAttributes((node, attributes) => ({
		...attributes,
		size: 3 + 12 * Math.sqrt(graph.degree(node) / maxDegree),
		color: colorFor(KIND_COLORS, attributes.kind)
	}));
	graph.updateEachEdgeAttributes((edge, attributes) => ({
		...attributes,
		type: graph.isDirected(edge) ? 'arrow' : 'line',
		// Weight 1 draws at 1.5 px; projected ties (weight = shared statements or blocs) thicker.
		size: 1 + 0.5 * Math.min(5, Math.max(0.5, attributes.weight || 1)),
		color: colorFor(RELATION_COLORS, attributes.relation)
	}));
}
