// Types for the parts of graphology-layout-forceatlas2 that its own worker supervisor is built
// from (the package types only its public entry points).
declare module 'graphology-layout-forceatlas2/iterate.js' {
	/** One ForceAtlas2 iteration over the node and edge matrices, in place. */
	export default function iterate(
		settings: Record<string, unknown>,
		nodes: Float32Array,
		edges: Float32Array
	): void;
}

declare module 'graphology-layout-forceatlas2/helpers.js' {
	import type Graph from 'graphology';
	export function graphToByteArrays(
		graph: Graph,
		getEdgeWeight: () => number
	): { nodes: Float32Array; edges: Float32Array };
	export function validateSettings(settings: Record<string, unknown>): { message: string } | null;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
	const defaults: Record<string, unknown>;
	export default defaults;
}
