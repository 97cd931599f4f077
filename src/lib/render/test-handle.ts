// A read-only handle for end-to-end tests: `window.__splinter`, present in dev builds or when the
// page URL has `?test`. It lets a test find where a node is drawn and whether the layout runs.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import type Sigma from 'sigma';
import type { LabelLayer } from './label-layer';
import type { LayoutRunner } from './layout.svelte';

export interface TestHandle {
	nodes(): string[];
	label(node: string): string;
	viewportPosition(node: string): { x: number; y: number } | null;
	/** Where the node is in graph coordinates (what the layout decides). */
	graphPosition(node: string): { x: number; y: number } | null;
	layoutRunning(): boolean;
	/** sigma camera zoom: 1 shows the whole graph, smaller is closer. */
	cameraRatio(): number;
	stopLayout(): void;
	webglRenderer(): string;
	camera(): { x: number; y: number; ratio: number; angle: number };
	/** Keys of the node labels drawn in the last frame (not the hovered or selected one). */
	drawnLabels(): string[];
	/** Each drawn label's box in the canvas's pixels. */
	labelBoxes(): { text: string; left: number; top: number; right: number; bottom: number }[];
}

declare global {
	interface Window {
		__splinter?: TestHandle;
	}
}

export function testHandleWanted(): boolean {
	return import.meta.env.MODE !== 'production' || new URLSearchParams(location.search).has('test');
}

export function installTestHandle(
	sigma: Sigma<NodeAttributes, EdgeAttributes>,
	layout: LayoutRunner,
	labels: LabelLayer
): () => void {
	if (!testHandleWanted()) return () => {};
	const graph = sigma.getGraph();
	window.__splinter = {
		nodes: () => graph.nodes(),
		label: (node) => (graph.hasNode(node) ? String(graph.getNodeAttribute(node, 'label')) : ''),
		viewportPosition: (node) => {
			if (!graph.hasNode(node)) return null;
			const display = sigma.getNodeDisplayData(node);
			return display ? sigma.framedGraphToViewport(display) : null;
		},
		graphPosition: (node) => {
			if (!graph.hasNode(node)) return null;
			const { x, y } = graph.getNodeAttributes(node);
			return { x, y };
		},
		layoutRunning: () => layout.running,
		cameraRatio: () => sigma.getCamera().getState().ratio,
		stopLayout: () => layout.stop(),
		camera: () => sigma.getCamera().getState(),
		drawnLabels: () => labels.drawnLabels().map((label) => label.key),
		labelBoxes: () => {
			const context = document.createElement('canvas').getContext('2d')!;
			const size = sigma.getSetting('labelSize');
			context.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
			return labels.drawnLabels().map(({ text, x, y }) => ({
				text,
				left: x,
				top: y - size / 2,
				right: x + context.measureText(text).width,
				bottom: y + size / 2
			}));
		},
		webglRenderer: () => {
			const gl = document.createElement('canvas').getContext('webgl2');
			if (!gl) return '';
			const info = gl.getExtension('WEBGL_debug_renderer_info');
			return String(
				info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER)
			);
		}
	};
	return () => {
		delete window.__splinter;
	};
}
