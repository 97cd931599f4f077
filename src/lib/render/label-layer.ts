// Draws node labels without overlaps. sigma proposes labels (its label grid, plus forced ones) and
// calls the label drawing function for each; here that function only collects them, and once the
// frame is drawn placeLabels() decides which to draw and on which side of the node.
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import {
	drawDiscNodeHover,
	type NodeHoverDrawingFunction,
	type NodeLabelDrawingFunction
} from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { placeLabels, type Box, type Disc, type LabelCandidate } from './label-placement';
import { LIGHT_PALETTE, type Palette } from './palette';
import type { Focus } from './reducers';

/** A label as drawn: its text starts at x, its vertical middle is at y (viewport pixels). */
export interface DrawnLabel {
	key: string;
	text: string;
	x: number;
	y: number;
}

export interface LabelLayer {
	/** For sigma's `defaultDrawNodeLabel` setting. */
	drawLabel: NodeLabelDrawingFunction;
	/**
	 * For `defaultDrawNodeHover`: sigma's boxed label, but only for the node our state says is
	 * hovered or selected (sigma keeps its own hovered node after the pointer leaves the canvas).
	 */
	drawHover: NodeHoverDrawingFunction;
	/** The labels of the last frame, except the hovered and selected ones (sigma boxes those). */
	drawnLabels(): readonly DrawnLabel[];
	/** Hooks the layer to a renderer; returns the function that unhooks it. */
	attach<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): () => void;
}

// Up to this many nodes, labels keep clear of every drawn node, not only of labelled ones.
const ALL_DISCS_UP_TO = 2000;

function discsOf<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): Disc[] | null {
	const graph = sigma.getGraph();
	if (graph.order > ALL_DISCS_UP_TO) return null;
	const discs: Disc[] = [];
	graph.forEachNode((key) => {
		const data = sigma.getNodeDisplayData(key);
		if (!data || data.hidden) return;
		const { x, y } = sigma.framedGraphToViewport(data);
		discs.push({ key, x, y, radius: sigma.scaleSize(data.size) });
	});
	return discs;
}

export function createLabelLayer(
	getFocus: () => Focus,
	getPalette: () => Palette = () => LIGHT_PALETTE
): LabelLayer {
	let candidates: (LabelCandidate & { label: string })[] = [];
	let drawnLabels: DrawnLabel[] = [];
	let settings: Settings | null = null;
	const widths = new Map<string, number>();
	let widthsFont = '';

	const font = (s: Settings) => `${s.labelWeight} ${s.labelSize}px ${s.labelFont}`;

	const drawLabel: NodeLabelDrawingFunction = (context, data, s) => {
		if (!data.label) return;
		settings = s;
		const currentFont = font(s);
		if (currentFont !== widthsFont) {
			widths.clear();
			widthsFont = currentFont;
		}
		let width = widths.get(data.label);
		if (width === undefined) {
			context.font = currentFont;
			width = context.measureText(data.label).width;
			widths.set(data.label, width);
		}
		const key = (data as { key?: string }).key ?? data.label;
		const focus = getFocus();
		candidates.push({
			key,
			label: data.label,
			x: data.x,
			y: data.y,
			radius: data.size,
			width: width + 2,
			height: s.labelSize + 2,
			forced: Boolean(data.forceLabel),
			priority: 0,
			// sigma itself draws these two in a box at the node's right (drawHover).
			fixed: key === focus.selected || key === focus.hovered
		});
	};

	const draw = <N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>) => {
		const list = candidates;
		candidates = [];
		drawnLabels = [];
		if (!settings || list.length === 0) return;
		const context = sigma.getCanvases().labels?.getContext('2d');
		if (!context) return;
		const byKey = new Map(list.map((c) => [c.key, c]));
		const palette = getPalette();
		context.save();
		context.font = font(settings);
		context.textBaseline = 'middle';
		context.lineJoin = 'round';
		context.lineWidth = 3;
		context.strokeStyle = palette.labelHalo;
		context.fillStyle = palette.label;
		const blocked = overlaysOver(sigma.getContainer());
		for (const placed of placeLabels(
			list,
			sigma.getDimensions(),
			discsOf(sigma) ?? list,
			blocked
		)) {
			const candidate = byKey.get(placed.key)!;
			if (candidate.fixed) continue;
			const y = placed.y + candidate.height / 2;
			// A halo in the background colour keeps text readable over edges.
			context.strokeText(candidate.label, placed.x + 1, y);
			context.fillText(candidate.label, placed.x + 1, y);
			drawnLabels.push({ key: placed.key, text: candidate.label, x: placed.x + 1, y });
		}
		context.restore();
	};

	const drawHover: NodeHoverDrawingFunction = (context, data, s) => {
		const key = (data as { key?: string }).key;
		const focus = getFocus();
		if (key !== undefined && (key === focus.hovered || key === focus.selected)) {
			// sigma draws this label in a white box, whatever the theme: keep its text dark.
			drawDiscNodeHover(context, data, { ...s, labelColor: { color: LIGHT_PALETTE.label } });
		}
	};

	return {
		drawLabel,
		drawHover,
		drawnLabels: () => drawnLabels,
		attach(sigma) {
			const reset = () => {
				candidates = [];
			};
			const after = () => draw(sigma);
			sigma.on('beforeRender', reset);
			sigma.on('afterRender', after);
			return () => {
				sigma.off('beforeRender', reset);
				sigma.off('afterRender', after);
			};
		}
	};
}

/** What is drawn over the graph (elements marked `data-overlay`), in the graph's own pixels. */
function overlaysOver(container: HTMLElement): Box[] {
	const origin = container.getBoundingClientRect();
	return [...document.querySelectorAll('[data-overlay]')].map((element) => {
		const box = element.getBoundingClientRect();
		return {
			x: box.left - origin.left,
			y: box.top - origin.top,
			width: box.width,
			height: box.height
		};
	});
}
