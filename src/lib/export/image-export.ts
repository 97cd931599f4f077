// PNG and SVG of the view on screen, at any size: a temporary sigma (same graph, camera and
// settings, our reducers: selection, no hover) frames the view at the asked size and places its
// labels, and what it would draw is read as a Scene (scene-sigma.ts). The SVG is written from the
// Scene; the PNG is painted from it, caption under the graph, in a worker. Loaded only on export.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import { t } from '$lib/i18n/i18n.svelte';
import type Sigma from 'sigma';
import { canvasMeasure } from './canvas-caption';
import type { Caption } from './caption';
import { layoutCaption, type CaptionLayout } from './caption-layout';
import { ExportError } from './export-error';
import type { Reducers } from './drawn-subgraph';
import { paintPng, type PngJob, type PngProgress } from './png-image';
import type { Scene } from './scene';
import { sceneAtSize } from './scene-sigma';
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

/** Beyond this many pixels the PNG's canvas costs too much memory. */
export const MAX_MEGAPIXELS = 36;

/** 2D canvases stop at 32767 pixels a side in every browser; 16384 is safe in all of them. */
const MAX_SIDE = 16384;

/** Refuses, in words, an image the browser cannot draw. */
export function checkSize(width: number, height: number): void {
	if (width > MAX_SIDE || height > MAX_SIDE)
		throw new ExportError(t('export.error.tooWide', { width, height, max: MAX_SIDE }));
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

/** The graph's part of the image as a Scene, in CSS pixels. */
function sceneOf(request: ImageRequest, graphHeight: number): Promise<Scene> {
	const context = measureContext();
	return sceneAtSize({
		sigma: request.sigma,
		width: request.width,
		height: graphHeight,
		reducers: request.reducers,
		selected: request.selected,
		measure: (text, font) => {
			context.font = font;
			return context.measureText(text).width;
		}
	});
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Paints and encodes in a worker, so a large image does not stop the page for seconds. */
function paintInWorker(job: PngJob, onStage: (stage: 'caption' | 'encoding') => void) {
	const worker = new Worker(new URL('./png.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Blob | null>((resolve) => {
		worker.onmessage = ({ data }: MessageEvent<PngProgress>) => {
			if ('stage' in data) return onStage(data.stage);
			worker.terminate();
			if ('failed' in data) console.warn(`PNG export: ${data.failed}`);
			resolve('blob' in data ? data.blob : null);
		};
		worker.onerror = (event) => {
			worker.terminate();
			console.warn(`PNG export: ${event.message}`);
			resolve(null);
		};
		worker.postMessage(job);
	});
}

/** Where a browser cannot paint in a worker: the same painting on the page. */
async function paintOnPage(job: PngJob, onStage: (stage: 'caption' | 'encoding') => void) {
	const canvas = document.createElement('canvas');
	canvas.width = job.width;
	canvas.height = job.height;
	const context = canvas.getContext('2d');
	if (!context) return null;
	paintPng(context, job, () => onStage('caption'));
	onStage('encoding');
	await nextFrame();
	return new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
}

export async function renderPng(request: ImageRequest): Promise<Blob> {
	const { layout, graphHeight, height: cssHeight } = frameOf(request);
	const width = Math.round(request.width * request.scale);
	const height = Math.round(cssHeight * request.scale);
	checkSize(width, height);
	await request.onStage?.(t('export.stage.drawing', { width, height }));
	await nextFrame();
	const job: PngJob = {
		scene: await sceneOf(request, graphHeight),
		layout,
		graphHeight,
		width,
		height,
		scale: request.scale,
		background: request.background
	};
	const onStage = (stage: 'caption' | 'encoding') =>
		void request.onStage?.(t(`export.stage.${stage}`));
	const paint = typeof OffscreenCanvas === 'function' ? paintInWorker : paintOnPage;
	const blob = await paint(job, onStage);
	if (!blob) throw new ExportError(t('export.error.encode', { width, height }));
	return blob;
}

/** The SVG as text parts (svg-document.ts). */
export async function renderSvg(
	request: ImageRequest & { title: string; description: string }
): Promise<string[]> {
	const { layout, graphHeight, height } = frameOf(request);
	checkSize(request.width, height);
	const scene = await sceneOf(request, graphHeight);
	return svgDocument(scene, {
		background: request.background,
		caption: layout,
		title: request.title,
		description: request.description
	});
}
