// The PNG painter in a real Chromium canvas: each element of the scene lands where the SVG puts it,
// in its colour, at the asked scale, with the caption under the graph and nothing past the frame.
import { describe, expect, it } from 'vitest';
import { layoutCaption } from './caption-layout';
import { canvasMeasure } from './canvas-caption';
import { paintPng, type PngJob } from './png-image';
import { scene } from './test-scene';

type Rgba = [number, number, number, number];

function paint(job: Partial<PngJob> = {}) {
	const scale = job.scale ?? 2;
	const full: PngJob = {
		scene,
		layout: null,
		graphHeight: scene.height,
		width: scene.width * scale,
		height: scene.height * scale,
		scale,
		background: '#ffffff',
		...job
	};
	const canvas = new OffscreenCanvas(full.width, full.height);
	const context = canvas.getContext('2d')!;
	let captioned = false;
	paintPng(context, full, () => (captioned = true));
	/** The pixel at CSS coordinates (x, y). */
	const at = (x: number, y: number): Rgba =>
		Array.from(context.getImageData(x * scale, y * scale, 1, 1).data) as Rgba;
	return { at, captioned, context, full };
}

const hex = (rgba: Rgba) =>
	'#' +
	rgba
		.slice(0, 3)
		.map((v) => v.toString(16).padStart(2, '0'))
		.join('');

describe('paintPng', () => {
	it('draws the edge, its arrow head, the disc and the ring in their colours', () => {
		// Without labels, which run along this edge.
		const { at } = paint({ scene: { ...scene, labels: [], highlight: null } });
		// The shaft between the nodes, and the head just before the target's disc.
		expect(hex(at(200, 100))).toBe('#d55e00');
		expect(hex(at(300 - 6 - 2, 100))).toBe('#d55e00');
		// Node a's centre is its fill; node b is a white disc in a slate ring.
		expect(hex(at(100, 100))).toBe('#c0392b');
		expect(hex(at(300, 100))).toBe('#ffffff');
		expect(hex(at(300, 100 - 5))).toBe('#5d6d7e');
		// Empty space stays the background.
		expect(hex(at(20, 280))).toBe('#ffffff');
	});

	it('inks the labels and boxes the selected node in white with its label', () => {
		const { at, context } = paint();
		// Label b right of its node: some dark pixel in the text's box.
		const box = context.getImageData(309 * 2, 92 * 2, 12 * 2, 16 * 2).data;
		let dark = 0;
		for (let i = 0; i < box.length; i += 4) if (box[i]! < 100) dark++;
		expect(dark).toBeGreaterThan(10);
		// The selection's box right of node a is white, and its shadow darkens around it.
		expect(hex(at(100 + 8 + 4, 100 - 7))).toBe('#ffffff');
		expect(at(100, 100 - 8 - 2 - 3)[0]).toBeLessThan(250);
	});

	it('leaves the background transparent when there is none', () => {
		const { at } = paint({ background: null });
		expect(at(20, 280)[3]).toBe(0);
		expect(at(100, 100)[3]).toBe(255);
	});

	it('keeps the graph inside its frame and draws the caption under it', () => {
		const measure = canvasMeasure(new OffscreenCanvas(1, 1).getContext('2d')!);
		const layout = layoutCaption(
			{ title: 'Title', lines: ['As of 1995'], legend: [], source: 'Data: test' },
			scene.width,
			measure
		);
		const shifted = {
			...scene,
			// A node across the graph's lower edge: its lower half must not cover the caption.
			nodes: [...scene.nodes, { ...scene.nodes[0]!, key: 'low', x: 50, y: scene.height }]
		};
		const { at, captioned, full } = paint({
			scene: shifted,
			layout,
			height: (scene.height + layout.height) * 2
		});
		expect(captioned).toBe(true);
		expect(full.height).toBeGreaterThan(scene.height * 2);
		expect(hex(at(50, scene.height - 3))).toBe('#c0392b');
		expect(hex(at(50, scene.height + 3))).toBe('#ffffff');
		// The caption's rule runs across the top of the caption.
		expect(at(200, scene.height + 0.5)[0]).toBeLessThan(240);
	});
});
