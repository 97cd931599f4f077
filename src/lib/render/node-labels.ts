// Node labels in the name the reader prefers (English, native or both): set on the graph's
// `label` attribute, so sigma, the label layer and the test handle all read the same text.
import type { SplinterGraph } from '$lib/graph/build-graph';

/** `nameOf` returns undefined for nodes it does not know (they keep their label). Nothing is
 * updated, and no event sent, when no label changes: sigma answers the event by indexing every
 * node again (seconds at 100,000 nodes), and on a new graph the labels are usually right. */
export function applyNodeLabels(
	graph: SplinterGraph,
	nameOf: (node: string) => string | undefined
): void {
	const changed = (node: string, current: string) => {
		const label = nameOf(node);
		return label !== undefined && label !== current;
	};
	if (!graph.someNode((node, attributes) => changed(node, attributes.label))) return;
	graph.updateEachNodeAttributes(
		(node, attributes) =>
			changed(node, attributes.label) ? { ...attributes, label: nameOf(node)! } : attributes,
		{ attributes: ['label'] }
	);
}
