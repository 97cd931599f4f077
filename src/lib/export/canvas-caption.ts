// Draws a caption layout on a 2D canvas (the PNG export, in its worker), shape for shape and text
// for text as the SVG export writes it.
import { LABEL_FONT } from '$lib/render/label-font';
import { symbolShapes } from '$lib/render/legend-symbols';
import type { CaptionLayout, FontWeight, Measure } from './caption-layout';

/** A 2D context on the page or in a worker: the PNG is drawn in one when it can. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export const captionFont = (size: number, weight: FontWeight) =>
	`${weight} ${size}px ${LABEL_FONT}`;

/** Text widths from a canvas, in the caption's font. */
export function canvasMeasure(context: Context2D): Measure {
	return (text, size, weight) => {
		context.font = captionFont(size, weight);
		return context.measureText(text).width;
	};
}

export function drawCaption(context: Context2D, layout: CaptionLayout, top: number) {
	context.save();
	context.translate(0, top);
	context.strokeStyle = '#cccccc';
	context.lineWidth = 1;
	context.beginPath();
	context.moveTo(16, 0.5);
	context.lineTo(layout.width - 16, 0.5);
	context.stroke();
	context.textBaseline = 'alphabetic';
	for (const item of layout.items) {
		if (item.kind === 'text') {
			context.font = captionFont(item.size, item.weight);
			context.fillStyle = item.color;
			context.fillText(item.text, item.x, item.y);
			continue;
		}
		for (const shape of symbolShapes(item.symbol, item.color)) {
			context.beginPath();
			if (shape.type === 'circle') {
				context.arc(item.x + shape.cx, item.y + shape.cy, shape.r, 0, Math.PI * 2);
				context.fillStyle = shape.fill;
				context.fill();
				if (shape.stroke) {
					context.strokeStyle = shape.stroke;
					context.lineWidth = shape.width ?? 1;
					context.stroke();
				}
			} else if (shape.type === 'line') {
				context.moveTo(item.x + shape.x1, item.y + shape.y1);
				context.lineTo(item.x + shape.x2, item.y + shape.y2);
				context.strokeStyle = shape.stroke;
				context.lineWidth = shape.width;
				context.stroke();
			} else {
				shape.points.forEach(([x, y], i) =>
					i === 0 ? context.moveTo(item.x + x, item.y + y) : context.lineTo(item.x + x, item.y + y)
				);
				context.closePath();
				context.fillStyle = shape.fill;
				context.fill();
			}
		}
	}
	context.restore();
}
