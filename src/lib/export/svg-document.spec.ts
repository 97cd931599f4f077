import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { Caption } from './caption';
import { layoutCaption } from './caption-layout';
import { HEAD_LENGTH, edgeOutline, visibleWidth } from './edge-geometry';
import type { SceneEdge } from './scene';
import { svgDocument } from './svg-document';
import { scene } from './test-scene';

const caption: Caption = {
	title: 'Title <b>',
	lines: ['As of 1995'],
	legend: [
		{
			heading: 'Organizations',
			entries: [{ key: 'party', label: 'party', color: '#C0392B', symbol: 'disc', count: 1 }]
		},
		{
			heading: 'Relations',
			entries: [{ key: 'split', label: 'split', color: '#D55E00', symbol: 'arrow', count: 1 }]
		}
	],
	source: 'Data: x'
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const group = (doc: Document, id: string) =>
	Array.from(doc.getElementsByTagName('g')).find((g) => g.getAttribute('id') === id)!;

const layout = layoutCaption(caption, 400, (text, size) => text.length * size * 0.6);
const svg = (
	await svgDocument(scene, {
		background: '#ffffff',
		caption: layout,
		title: 'Title <b>',
		description: 'As of 1995 & after'
	})
).join('');

describe('svgDocument', () => {
	const doc = parse(svg);

	it('is an SVG of the image size, caption included', () => {
		const root = doc.documentElement;
		expect(root.tagName).toBe('svg');
		expect(root.getAttribute('viewBox')).toBe(`0 0 400 ${300 + layout.height}`);
		expect(root.getAttribute('height')).toBe(String(300 + layout.height));
		expect(doc.getElementsByTagName('title')[0]!.textContent).toBe('Title <b>');
		// The background; the other rect is the graph area's clip.
		const rects = Array.from(doc.getElementsByTagName('rect'));
		expect(rects.filter((r) => r.parentNode === doc.documentElement)).toHaveLength(1);
	});

	it('clips the drawing to the graph area, so nothing runs into the caption', () => {
		const clip = doc.getElementsByTagName('clipPath')[0]!;
		expect(clip.getAttribute('id')).toBe('graph-area');
		const area = clip.getElementsByTagName('rect')[0]!;
		expect([area.getAttribute('width'), area.getAttribute('height')]).toEqual(['400', '300']);
		const drawing = group(doc, 'graph');
		expect(drawing.getAttribute('clip-path')).toBe('url(#graph-area)');
		for (const id of ['edges', 'nodes', 'labels', 'selection'])
			expect(group(doc, id).parentNode).toBe(drawing);
		expect(group(doc, 'caption').parentNode).toBe(doc.documentElement);
	});

	it('draws each node, edge and label, with the text selectable and escaped', () => {
		expect(group(doc, 'nodes').getElementsByTagName('circle')).toHaveLength(2);
		const ring = group(doc, 'nodes').getElementsByTagName('circle')[1]!;
		expect(ring.getAttribute('stroke')).toBe('#5D6D7E');
		expect(Number(ring.getAttribute('r')) + Number(ring.getAttribute('stroke-width')) / 2).toBe(6);
		expect(group(doc, 'edges').getElementsByTagName('path')).toHaveLength(1);
		expect(group(doc, 'edges').getElementsByTagName('polygon')).toHaveLength(1);
		const labels = Array.from(group(doc, 'labels').getElementsByTagName('text'));
		expect(labels.map((t) => t.textContent)).toEqual([scene.labels[0]!.text, 'B']);
		expect(svg).not.toContain('<script>');
		const chosen = group(doc, 'selection');
		expect(chosen.getElementsByTagName('text')[0]!.textContent).toBe('A & co');
		// The node is drawn again over its label box.
		expect(chosen.getElementsByTagName('circle')[0]!.getAttribute('fill')).toBe('#C0392B');
	});

	it('has a legend of one text and one symbol per entry', () => {
		const legend = group(doc, 'legend');
		expect(Array.from(legend.getElementsByTagName('text')).map((t) => t.textContent)).toEqual([
			'party (1)',
			'split (1)'
		]);
		expect(legend.getElementsByTagName('circle')).toHaveLength(1);
		expect(legend.getElementsByTagName('polygon')).toHaveLength(1);
	});

	it('leaves the background out when it is transparent', async () => {
		const bare = parse(
			(
				await svgDocument(scene, { background: null, caption: null, title: '', description: '' })
			).join('')
		);
		const rects = Array.from(bare.getElementsByTagName('rect'));
		expect(rects.filter((r) => r.parentNode === bare.documentElement)).toHaveLength(0);
		expect(bare.documentElement.getAttribute('height')).toBe('300');
	});
});

describe('edgeOutline', () => {
	const edge = (curvature: number, arrow: boolean): SceneEdge => ({
		key: 'e',
		source: { x: 0, y: 0 },
		target: { x: 100, y: 0, radius: 10 },
		thickness: 2,
		color: '#000',
		curvature,
		arrow
	});

	it('stops a straight shaft where the head begins; the tip touches the target disc', () => {
		const outline = edgeOutline(edge(0, true))!;
		expect(outline.path).toBe(`M0 0 L${100 - 10 - 2 * HEAD_LENGTH} 0`);
		expect(outline.head).toEqual([
			{ x: 90, y: 0 },
			{ x: 85, y: 2 },
			{ x: 85, y: -2 }
		]);
		expect(edgeOutline(edge(0, false))!.path).toBe('M0 0 L100 0');
	});

	it('bends a curve the way @sigma/edge-curve does, its arrow ending on the disc', () => {
		// edge-curve's label anchor: centre + (dy, −dx) × curvature.
		expect(edgeOutline(edge(0.25, false))!.path).toBe('M0 0 Q50 -25 100 0');
		const curved = edgeOutline(edge(0.25, true))!;
		const [tip, left, right] = curved.head!;
		expect(Math.hypot(tip.x - 100, tip.y)).toBeCloseTo(10, 3);
		const base = { x: (left.x + right.x) / 2, y: (left.y + right.y) / 2 };
		expect(Math.hypot(base.x - 100, base.y)).toBeCloseTo(10 + 2 * HEAD_LENGTH, 3);
		expect(Math.hypot(left.x - right.x, left.y - right.y)).toBeCloseTo(4, 6);
		expect(edgeOutline({ ...edge(0, false), target: { x: 0, y: 0, radius: 5 } })).toBeNull();
	});
});

describe('visibleWidth', () => {
	it('gives the solid width with the ink of sigma’s feathered shaft', () => {
		// sigma's thinnest edge (1.7 px) shows as about 0.7 px on a 1× screen.
		expect(visibleWidth(1.7, 1)).toBeCloseTo(0.706, 3);
		// Wider than twice the feather: the fade takes half the feather from each side.
		expect(visibleWidth(4, 1)).toBe(3);
		expect(visibleWidth(1.7, 0.5)).toBeCloseTo(1.2, 9);
		// The two cases meet where the half-width equals the feather.
		expect(visibleWidth(2, 1)).toBeCloseTo(1, 9);
		expect(visibleWidth(2 - 1e-9, 1)).toBeCloseTo(1, 6);
		expect(visibleWidth(2, 0)).toBe(2);
	});

	it('is the SVG shaft’s stroke width, at one device pixel per CSS pixel', () => {
		const path = parse(svg).getElementsByTagName('path')[0]!;
		expect(path.getAttribute('stroke-width')).toBe(String(visibleWidth(2, 1)));
	});
});
