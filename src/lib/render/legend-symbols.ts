// The marks legend entries stand for, as plain shapes in a 28 × 14 box: the sidebar legend draws
// them as SVG, exported images on a canvas or in an SVG file. One geometry, so all three agree.
import type { LegendSymbol } from './legend-entries';
import { LIGHT_PALETTE, type Palette } from './palette';

export const SYMBOL_WIDTH = 28;
export const SYMBOL_HEIGHT = 14;

export type SymbolShape =
	| {
			type: 'circle';
			cx: number;
			cy: number;
			r: number;
			fill: string;
			stroke?: string;
			width?: number;
	  }
	| { type: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
	| { type: 'polygon'; points: [number, number][]; fill: string };

/** The shapes of one legend mark; rings and rims take the theme's colours (exports: the light one). */
export function symbolShapes(
	symbol: LegendSymbol,
	color: string,
	palette: Palette = LIGHT_PALETTE
): SymbolShape[] {
	switch (symbol) {
		case 'disc':
			return [{ type: 'circle', cx: 14, cy: 7, r: 6, fill: color }];
		case 'ring':
			return [
				{ type: 'circle', cx: 14, cy: 7, r: 5, fill: palette.ringFill, stroke: color, width: 3 }
			];
		case 'rimmed':
			return [
				{ type: 'circle', cx: 14, cy: 7, r: 5.5, fill: color, stroke: palette.rim, width: 2 }
			];
		case 'line':
			return [{ type: 'line', x1: 2, y1: 7, x2: 26, y2: 7, stroke: color, width: 3 }];
		case 'arrow':
			return [
				{ type: 'line', x1: 2, y1: 7, x2: 19, y2: 7, stroke: color, width: 3 },
				{
					type: 'polygon',
					points: [
						[18, 2],
						[27, 7],
						[18, 12]
					],
					fill: color
				}
			];
	}
}

export interface SvgElement {
	tag: 'circle' | 'line' | 'polygon';
	attributes: Record<string, string | number | undefined>;
}

/** A shape as an SVG element, moved by (dx, dy): for the sidebar legend and exported SVG files. */
export function svgElement(shape: SymbolShape, dx = 0, dy = 0): SvgElement {
	if (shape.type === 'circle')
		return {
			tag: 'circle',
			attributes: {
				cx: dx + shape.cx,
				cy: dy + shape.cy,
				r: shape.r,
				fill: shape.fill,
				stroke: shape.stroke,
				'stroke-width': shape.width
			}
		};
	if (shape.type === 'line')
		return {
			tag: 'line',
			attributes: {
				x1: dx + shape.x1,
				y1: dy + shape.y1,
				x2: dx + shape.x2,
				y2: dy + shape.y2,
				stroke: shape.stroke,
				'stroke-width': shape.width
			}
		};
	const points = shape.points.map(([x, y]) => `${dx + x},${dy + y}`).join(' ');
	return { tag: 'polygon', attributes: { points, fill: shape.fill } };
}
