// A PNG as the export draws it: background, the scene of the graph at the asked scale, the caption
// under it. One function for the worker and for the page (where workers cannot paint), so the two
// give the same image.
import { drawCaption, type Context2D } from './canvas-caption';
import type { CaptionLayout } from './caption-layout';
import { paintScene } from './paint-scene';
import type { Scene } from './scene';

export interface PngJob {
	scene: Scene;
	layout: CaptionLayout | null;
	/** The graph's height in CSS pixels; the caption starts there. */
	graphHeight: number;
	/** The image, in device pixels. */
	width: number;
	height: number;
	scale: number;
	background: string | null;
}

/** What the PNG worker reports: a stage reached, the file, or why there is none. */
export type PngProgress = { stage: 'caption' | 'encoding' } | { blob: Blob } | { failed: string };

export function paintPng(context: Context2D, job: PngJob, onCaption: () => void = () => {}): void {
	if (job.background) {
		context.fillStyle = job.background;
		context.fillRect(0, 0, job.width, job.height);
	}
	context.scale(job.scale, job.scale);
	paintScene(context, job.scene, job.scale);
	if (job.layout) {
		onCaption();
		drawCaption(context, job.layout, job.graphHeight);
	}
}
