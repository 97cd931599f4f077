// What the filters and the time control leave visible. Computed as plain sets by pure functions
// (src/lib/graph) and applied by sigma reducers; the graph itself is never changed for it.

export interface Visibility {
	/** Node keys shown; null means all. */
	nodes: ReadonlySet<string> | null;
	/** Edge keys shown; null means all (an edge is also hidden when an end is hidden). */
	edges: ReadonlySet<string> | null;
	/** Shown edges drawn emphasised (recent events); null or absent means none. */
	emphasized?: ReadonlySet<string> | null;
	/** True when `edges` already leaves out every edge with a hidden end (so readers need not
	 * look the ends up); composeVisibility always makes it so. */
	closed?: boolean;
}

export const ALL_VISIBLE: Visibility = { nodes: null, edges: null };

export function isEdgeEmphasized(v: Visibility, edge: string): boolean {
	return v.emphasized?.has(edge) ?? false;
}

export function isNodeVisible(v: Visibility, node: string): boolean {
	return v.nodes === null || v.nodes.has(node);
}

export function isEdgeVisible(
	v: Visibility,
	edge: string,
	source: string,
	target: string
): boolean {
	return (
		(v.edges === null || v.edges.has(edge)) && isNodeVisible(v, source) && isNodeVisible(v, target)
	);
}
