import { describe, expect, it } from 'vitest';
import { fitMarks, roomAround, type Mark } from './fit-view';

const view = { left: 0, top: 0, right: 800, bottom: 600 };

describe('roomAround', () => {
	it('clears each overlay from its cheapest side: a zoom column from the left, a bar from the bottom', () => {
		const zoom = { left: 12, top: 400, right: 56, bottom: 540 };
		const bar = { left: 12, top: 548, right: 360, bottom: 588 };
		expect(roomAround(view, [zoom, bar])).toEqual({ top: 8, right: 8, bottom: 60, left: 64 });
	});

	it('clears nothing when an overlay would leave a sliver (a phone sheet over the canvas)', () => {
		const sheet = { left: 0, top: 150, right: 800, bottom: 600 };
		expect(roomAround(view, [sheet])).toEqual({ top: 8, right: 8, bottom: 8, left: 8 });
	});

	it('ignores what lies outside the view', () => {
		expect(roomAround(view, [{ left: 900, top: 0, right: 950, bottom: 40 }])).toEqual({
			top: 8,
			right: 8,
			bottom: 8,
			left: 8
		});
	});
});

describe('fitMarks', () => {
	const insets = { top: 8, right: 8, bottom: 60, left: 64 };
	// Two nodes as sigma's own fit draws them: right on the padded edges, a long label on the right.
	const marks: Mark[] = [
		{ x: 40, y: 300, radius: 6, label: 0 },
		{ x: 760, y: 300, radius: 6, label: 150 }
	];

	it('keeps every disc and label inside the room left by the overlays', () => {
		const { scale, dx, dy } = fitMarks(marks, { width: 800, height: 600 }, insets);
		expect(scale).toBeLessThan(1);
		const at = (m: Mark) => ({
			x: 400 + scale * (m.x - 400) + dx,
			y: 300 + scale * (m.y - 300) + dy
		});
		const left = at(marks[0]!);
		const right = at(marks[1]!);
		expect(left.x - 6).toBeGreaterThanOrEqual(64 - 0.5);
		expect(right.x + 6 + 3 + 150).toBeLessThanOrEqual(800 - 8 + 0.5);
		expect(left.y + 8).toBeLessThanOrEqual(600 - 60);
	});

	it('never zooms in past sigma’s own fit', () => {
		const small: Mark[] = [{ x: 400, y: 300, radius: 4, label: 0 }];
		expect(fitMarks(small, { width: 800, height: 600 }, insets).scale).toBe(1);
	});
});

describe('a very long name', () => {
	it('is not reserved in full, or the graph would shrink to a dot', () => {
		const marks: Mark[] = [
			{ x: 40, y: 300, radius: 6, label: 0 },
			{ x: 760, y: 300, radius: 6, label: 900 }
		];
		const insets = { top: 8, right: 8, bottom: 8, left: 8 };
		expect(fitMarks(marks, { width: 800, height: 600 }, insets).scale).toBeGreaterThan(0.5);
	});
});
