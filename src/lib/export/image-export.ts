// PNG and SVG of the view on screen, at any size: @sigma/export-image draws the graph again with a
// temporary sigma (same graph, camera and settings) at the asked size; our reducers (selection, no
// hover) and a label layer of its own go with it. The PNG gets the caption drawn under the graph;
// the SVG is read from the same temporary sigma, so the two match. Loaded only on export.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import { t } from '$lib/i18n/i18n.svelte';
import { createLabelLayer } from '$lib/render/label-layer';
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { canvasMeasure, drawCaption } from './canvas-caption';
import type { Caption } from './caption';
import { layoutCaption, type CaptionLayout } from './caption-layout';
import { captureScene } from './capture-scene';
import { ExportError } from './export-error';
import type { Reducers } from './drawn-subgraph';
import type { Scene } from './scene';
import { svgDocument } from './svg-document';

type GraphSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface ImageRequest {
	sigma: GraphSigma;
	/** The whole image (graph and caption), in CSS pixels; with `captionBelow`, the graph's part. */
	width: number;
	height: number;
	/** The caption is added under a graph of the given size (the current view keeps its scale)
	 * instead of taking its room from the image (a fixed size such as 1920 × 1080). */
	captionBelow?: boolean;
	/** Pixels per CSS pixel of the PNG (1-4); the SVG has none. */
	scale: number;
	/** A CSS colour, or null for transparent. */
	background: string | null;
	caption: Caption | null;
	reducers: Reducers;
	selected: string | null;
	onStage?: (stage: string) => void | Promise<void>;
}

/** Beyond this many pixels each of sigma's layer canvases (and the PNG) costs too much memory. */
export const MAX_MEGAPIXELS = 36;

function sideLimit(): number {
	const gl = document.createElement('canvas').getContext('webgl');
	if (!gl) return 8192;
	const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
	const limit = Math.min(dims[0]!, dims[1]!, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number);
	gl.getExtension('WEBGL_lose_context')?.loseContext();
	// 2D canvases stop at 32767 pixels a side in every browser; 16384 is safe in all of them.
	return Math.min(limit, 16384);
}

/** Refuses, in words, an image the browser cannot draw. */
export function checkSize(width: number, height: number): void {
	const max = sideLimit();
	if (width > max || height > max)
		throw new ExportError(t('export.error.tooWide', { width, height, max }));
	const megapixels = (width * height) / 1e6;
	if (megapixels > MAX_MEGAPIXELS)
		throw new ExportError(
			t('export.error.tooBig', {
				width,
				height,
				megapixels: Math.round(megapixels),
				limit: MAX_MEGAPIXELS
			})
		);
}

function measureContext(): CanvasRenderingContext2D {
	return document.createElement('canvas').getContext('2d')!;
}

/** Where graph and caption go: the caption's layout, the graph's height and the image's. */
function frameOf(request: ImageRequest): {
	layout: CaptionLayout | null;
	graphHeight: number;
	height: number;
} {
	if (!request.caption)
		return { layout: null, graphHeight: request.height, height: request.height };
	const layout = layoutCaption(request.caption, request.width, canvasMeasure(measureContext()));
	if (request.captionBelow)
		return { layout, graphHeight: request.height, height: request.height + layout.height };
	if (request.height - layout.height < 100)
		throw new ExportError(
			t('export.error.captionTooTall', { height: layout.height, total: request.height })
		);
	return { layout, graphHeight: request.height - layout.height, height: request.height };
}

/**
 * Draws the graph with a temporary sigma at `width` × `height` and `ratio` device pixels per CSS
 * pixel. sigma and export-image read the ratio from window.devicePixelRatio while the temporary
 * sigma is built and drawn, which all happens synchronously inside drawOnCanvas(); so the ratio is
 * set for exactly that call and nothing else on the page sees it.
 */
function drawGraph(
	request: ImageRequest,
	height: number,
	ratio: number,
	layers: string[] | null,
	withRenderer?: (temp: GraphSigma, labels: ReturnType<typeof createLabelLayer>) => void
): Promise<HTMLCanvasElement> {
	const labels = createLabelLayer(() => ({ hovered: null, selected: request.selected }));
	const sigmaSettings: Partial<Settings<NodeAttributes, EdgeAttributes>> = {
		...request.reducers,
		defaultDrawNodeLabel: labels.drawLabel,
		defaultDrawNodeHover: labels.drawHover
	};
	const own = Object.getOwnPropertyDescriptor(window, 'devicePixelRatio');
	Object.defineProperty(window, 'devicePixelRatio', { configurable: true, get: () => ratio });
	try {
		return drawOnCanvas(request.sigma as unknown as Sigma, {
			width: request.width,
			height,
			layers,
			backgroundColor: request.background ?? 'transparent',
			sigmaSettings: sigmaSettings as Partial<Settings>,
			withTempRenderer: (temp) => {
				const sigma = temp as unknown as GraphSigma;
				// Its first frame was drawn before the label layer could listen: draw again.
				labels.attach(sigma);
				sigma.refresh();
				withRenderer?.(sigma, labels);
			}
		});
	} finally {
		if (own) Object.defineProperty(window, 'devicePixelRatio', own);
		else delete (window as { devicePixelRatio?: number }).devicePixelRatio;
	}
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

export async function renderPng(request: ImageRequest): Promise<Blob> {
	const { layout, graphHeight, height: cssHeight } = frameOf(request);
	const width = Math.round(request.width * request.scale);
	const height = Math.round(cssHeight * request.scale);
	checkSize(width, height);
	await request.onStage?.(t('export.stage.drawing', { width, height }));
	await nextFrame();
	const graph = await drawGraph(request, graphHeight, request.scale, null);
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new ExportError(t('export.error.encode', { width, height }));
	if (request.background) {
		context.fillStyle = request.background;
		context.fillRect(0, 0, width, height);
	}
	context.drawImage(graph, 0, 0);
	if (layout) {
		await request.onStage?.(t('export.stage.caption'));
		context.scale(request.scale, request.scale);
		drawCaption(context, layout, graphHeight);
	}
	await request.onStage?.(t('export.stage.encoding'));
	await nextFrame();
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new ExportError(t('export.error.encode', { width, height }));
	return blob;
}

export async function renderSvg(
	request: ImageRequest & { title: string; description: string }
): Promise<string> {
	const { layout, graphHeight, height } = frameOf(request);
	checkSize(request.width, height);
	const context = measureContext();
	const measure = (text: string, font: string) => {
		context.font = font;
		return context.measureText(text).width;
	};
	let scene: Scene | null = null;
	// No layer is copied: only the temporary sigma's positions and placed labels are wanted.
	await drawGraph(request, graphHeight, 1, [], (temp, labels) => {
		scene = captureScene(temp, labels, request.selected, measure);
	});
	return svgDocument(scene!, {
		background: request.background,
		caption: layout,
		title: request.title,
		description: request.description
	});
}
