// Node labels in the name the reader prefers (English, native or both): set on the graph's
// `label` attribute, so sigma, the label layer and the test handle all read the same text.
import type { SplinterGraph } from '$lib/graph/build-graph';

/** `nameOf` returns undefined for nodes it does not know (they keep their label). */
export function applyNodeLabels(
	graph: SplinterGraph,
	nameOf: (node: string) => string | undefined
): void {
	graph.updateEachNodeAttributes(
		(node, attributes) => {
			const label = nameOf(node);
			return label === undefined || label === attributes.label
				? attributes
				: { ...attributes, label };
		},
		{ attributes: ['label'] }
	);
}
