// Does the drawn graph stay interactive? The main-thread cost of the frames a reader causes:
// camera moves (zoom, pan: sigma draws without re-running reducers) and hovering a node (reducers
// re-run for the focus and its neighbours).
import { liveView } from '$lib/render/live-view';
import { flushSync } from 'svelte';
import type { BenchTarget } from './bench-api';
import { median, nextFrame } from './frames';
import { settleLayout } from './layout-probe';
import { rasterizing, setRasterization } from './rasterization';

export interface InteractionResult {
	/** Median and worst ms sigma spent drawing one camera-move frame. */
	cameraFrame: number;
	cameraFrameWorst: number;
	/** Median ms from hovering a node (or leaving it) until sigma has drawn. */
	hover: number;
	/** One full frame until its pixels exist (WebGL finished; with SwiftShader, CPU time). */
	pixelsFrame: number;
	nodesDrawn: number;
}

/** Renders once and waits until every canvas has its pixels (reading one pixel forces that). */
export function renderToPixels(sigma: NonNullable<typeof liveView.sigma>): number {
	const wasRasterizing = rasterizing();
	setRasterization(true);
	const started = performance.now();
	// A redraw without re-reading the graph (sigma's render() itself is private).
	sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: true });
	const pixel = new Uint8Array(4);
	for (const canvas of Object.values(sigma.getCanvases())) {
		const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
		gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
	}
	const ms = performance.now() - started;
	setRasterization(wasRasterizing);
	return ms;
}

/** `pixels`: also time one frame with its pixels filled (seconds of CPU for large graphs). */
export async function interaction(
	{ app }: BenchTarget,
	repeats: number,
	pixels = false
): Promise<InteractionResult> {
	await settleLayout();
	const sigma = liveView.sigma!;
	const camera = sigma.getCamera();
	let renderStart = 0;
	const frames: number[] = [];
	const before = () => (renderStart = performance.now());
	const after = () => frames.push(performance.now() - renderStart);
	sigma.on('beforeRender', before);
	sigma.on('afterRender', after);
	const home = camera.getState();
	try {
		for (let i = 0; i < repeats; i++) {
			const state = camera.getState();
			camera.setState({ ratio: state.ratio * 0.9, x: state.x + 0.01 });
			await nextFrame();
			await nextFrame();
		}
	} finally {
		sigma.off('beforeRender', before);
		sigma.off('afterRender', after);
	}
	camera.setState(home);
	await nextFrame();
	const graph = sigma.getGraph();
	const nodes = graph.nodes();
	const hovers: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const node = nodes[Math.floor((i * nodes.length) / repeats)]!;
		for (const value of [node, null]) {
			const started = performance.now();
			app.hovered = value;
			flushSync();
			hovers.push(performance.now() - started);
			await nextFrame();
		}
	}
	const pixelsFrame = pixels ? renderToPixels(sigma) : NaN;
	let nodesDrawn = 0;
	graph.forEachNode((node) => void (sigma.getNodeDisplayData(node) && nodesDrawn++));
	return {
		cameraFrame: median(frames),
		cameraFrameWorst: Math.max(...frames),
		hover: median(hovers),
		pixelsFrame,
		nodesDrawn
	};
}
