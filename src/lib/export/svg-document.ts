// A drawn view as an SVG document: edges (lines and curves with arrow heads), nodes (discs, rings,
// rimmed discs), labels as selectable text with a white halo, the selection's label box, and the
// caption with its legend under the graph. Every string from the data is escaped.
import { svgElement, symbolShapes } from '$lib/render/legend-symbols';
import type { CaptionLayout } from './caption-layout';
import { edgeOutline, num, visibleWidth } from './edge-geometry';
import { inSlices } from './in-slices';
import type { Scene, SceneHighlight, SceneNode } from './scene';
import { xmlAttr, xmlText } from './xml-text';

export interface SvgOptions {
	/** A CSS colour, or null for none (transparent). */
	background: string | null;
	caption: CaptionLayout | null;
	title: string;
	description: string;
}

const attrs = (pairs: Record<string, string | number | undefined>) =>
	Object.entries(pairs)
		.filter(([, v]) => v !== undefined && v !== '')
		.map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : xmlAttr(v!)}"`)
		.join('');

function node(n: SceneNode): string {
	if (n.borderRatio <= 0)
		return `<circle${attrs({ 'data-id': n.key, cx: n.x, cy: n.y, r: n.radius, fill: n.color })}/>`;
	// A stroke centred on the circle's edge, as wide as the border program's ring.
	const width = n.radius * n.borderRatio;
	return `<circle${attrs({ 'data-id': n.key, cx: n.x, cy: n.y, r: n.radius - width / 2, fill: n.color, stroke: n.borderColor, 'stroke-width': width })}/>`;
}

/** sigma's hovered-node box (drawDiscNodeHover): a disc around the node with a tab for the label. */
function highlight(h: SceneHighlight, size: number): string {
	const padding = 2;
	const boxHeight = Math.round(size + 2 * padding);
	const boxWidth = Math.round(h.textWidth + 5);
	const radius = Math.max(h.radius, size / 2) + padding;
	const dx = Math.sqrt(Math.abs(radius * radius - (boxHeight / 2) ** 2));
	const d =
		`M${num(h.x + dx)} ${num(h.y + boxHeight / 2)} H${num(h.x + radius + boxWidth)} ` +
		`V${num(h.y - boxHeight / 2)} H${num(h.x + dx)} ` +
		`A${num(radius)} ${num(radius)} 0 1 0 ${num(h.x + dx)} ${num(h.y + boxHeight / 2)} Z`;
	return (
		`<path d="${d}" fill="#ffffff" filter="url(#shadow)"/>` +
		`<text${attrs({ x: h.x + h.radius + 3, y: h.y + size / 3 })}>${xmlText(h.text)}</text>`
	);
}

/** The box goes over the graph, and the node over the box, as sigma's hover layers stack them. */
function selection(scene: Scene, h: SceneHighlight): string {
	const style = scene.label;
	const selected = scene.nodes.find((n) => n.key === h.key);
	return (
		`<g id="selection"${attrs({ 'font-family': style.font, 'font-size': style.size, fill: style.color })}>` +
		highlight(h, style.size).replace('<text', `${selected ? node(selected) : ''}<text`) +
		'</g>'
	);
}

function caption(layout: CaptionLayout, top: number, font: string): string[] {
	const text: string[] = [];
	const legend: string[] = [];
	for (const item of layout.items) {
		if (item.kind === 'symbol') {
			for (const shape of symbolShapes(item.symbol, item.color)) {
				const { tag, attributes } = svgElement(shape, item.x, item.y);
				legend.push(`<${tag}${attrs(attributes)}/>`);
			}
			continue;
		}
		const element = `<text${attrs({ x: item.x, y: item.y, 'font-size': item.size, 'font-weight': item.weight === 'bold' ? 'bold' : undefined, fill: item.color })}>${xmlText(item.text)}</text>`;
		(item.role === 'legend' ? legend : text).push(element);
	}
	return [
		`<g id="caption"${attrs({ transform: `translate(0 ${num(top)})`, 'font-family': font })}>`,
		`<line${attrs({ x1: 16, y1: 0.5, x2: layout.width - 16, y2: 0.5, stroke: '#cccccc' })}/>`,
		...text,
		`<g id="legend">`,
		...legend,
		'</g>',
		'</g>'
	];
}

/** The document as text parts, to be joined (or made a Blob of); written in slices. */
export async function svgDocument(scene: Scene, options: SvgOptions): Promise<string[]> {
	const height = scene.height + (options.caption?.height ?? 0);
	const { width } = scene;
	const style = scene.label;
	const edges: string[] = [];
	await inSlices(scene.edges, (e) => {
		const outline = edgeOutline(e);
		if (!outline) return;
		if (outline.path)
			edges.push(
				// As thin as on a screen of one device pixel per CSS pixel.
				`<path${attrs({ d: outline.path, stroke: e.color, 'stroke-width': visibleWidth(e.thickness, scene.feather) })}/>`
			);
		if (outline.head)
			edges.push(
				`<polygon${attrs({ points: outline.head.map((p) => `${num(p.x)},${num(p.y)}`).join(' '), fill: e.color })}/>`
			);
	});
	const nodes: string[] = [];
	await inSlices(scene.nodes, (n) => nodes.push(node(n)));
	const labels: string[] = [];
	await inSlices(scene.labels, (l) =>
		labels.push(
			`<text${attrs({ 'data-id': l.key, x: l.x, y: l.y, dy: '0.35em' })}>${xmlText(l.text)}</text>`
		)
	);
	const lines = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" version="1.1"${attrs({ width, height, viewBox: `0 0 ${num(width)} ${num(height)}` })}>`,
		`<title>${xmlText(options.title)}</title>`,
		`<desc>${xmlText(options.description)}</desc>`,
		'<defs><filter id="shadow" x="-50%" y="-50%" width="200%" height="200%">' +
			'<feGaussianBlur in="SourceAlpha" stdDeviation="4"/><feComponentTransfer><feFuncA type="linear" slope="0.6"/></feComponentTransfer>' +
			'<feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge></filter>' +
			// What lies outside the camera's view stays out, as in the PNG: nothing over the caption.
			`<clipPath id="graph-area"><rect${attrs({ width: scene.width, height: scene.height })}/></clipPath></defs>`,
		options.background ? `<rect${attrs({ width, height, fill: options.background })}/>` : '',
		'<g id="graph" clip-path="url(#graph-area)">',
		`<g id="edges" fill="none">`,
		edges,
		'</g>',
		`<g id="nodes">`,
		nodes,
		'</g>',
		`<g id="labels"${attrs({ 'font-family': style.font, 'font-size': style.size, 'font-weight': style.weight === 'normal' ? undefined : style.weight, fill: style.color, stroke: '#ffffff', 'stroke-opacity': 0.9, 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke' })}>`,
		labels,
		'</g>',
		scene.highlight ? selection(scene, scene.highlight) : '',
		'</g>',
		...(options.caption ? caption(options.caption, scene.height, style.font) : []),
		'</svg>'
	];
	// One element a line; the long lists are added part by part, not spread into one array.
	const parts: string[] = [];
	for (const line of lines) {
		if (typeof line === 'string') {
			if (line) parts.push(line + '\n');
		} else for (const item of line) parts.push(item + '\n');
	}
	return parts;
}
