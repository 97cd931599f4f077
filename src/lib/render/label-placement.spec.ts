import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement';

const label = (key: string, x: number, y: number, extra: Partial<LabelCandidate> = {}) => ({
	key,
	x,
	y,
	radius: 5,
	width: 100,
	height: 14,
	forced: false,
	priority: 0,
	...extra
});

function overlaps(placed: ReturnType<typeof placeLabels>, width = 100, height = 14): boolean {
	return placed.some((a, i) =>
		placed.some(
			(b, j) =>
				i < j && a.x < b.x + width && b.x < a.x + width && a.y < b.y + height && b.y < a.y + height
		)
	);
}

describe('placeLabels', () => {
	it('draws labels that do not collide to the right of their node', () => {
		const placed = placeLabels([label('a', 0, 0), label('b', 0, 100)]);
		expect(placed).toEqual([
			{ key: 'a', x: 8, y: -7, side: 'right' },
			{ key: 'b', x: 8, y: 93, side: 'right' }
		]);
	});

	it('keeps labels from under the controls drawn over the graph', () => {
		const view = { width: 400, height: 300 };
		const zoomColumn = { x: 200, y: 0, width: 60, height: 300 };
		const placed = placeLabels([label('a', 150, 100)], view, undefined, [zoomColumn]);
		expect(placed).toEqual([{ key: 'a', x: 42, y: 93, side: 'left' }]);
	});

	it('moves a colliding ordinary label to the left, and drops it when both sides are taken', () => {
		const placed = placeLabels([
			label('small', 0, 5, { radius: 3 }),
			label('big', 0, 0, { radius: 9 }),
			label('tiny', 0, -5, { radius: 2 })
		]);
		expect(placed.map((p) => [p.key, p.side])).toEqual([
			['big', 'right'],
			['small', 'left']
		]);
	});

	it('always draws forced labels, moving them to a free side', () => {
		const placed = placeLabels([
			label('hub', 0, 0, { forced: true, priority: 2 }),
			label('near', -10, 4, { forced: true }),
			label('other', 20, 2)
		]);
		expect(placed.map((p) => p.key)).toEqual(['hub', 'near', 'other']);
		// The hub's right is covered by the other node's disc, the near node's by the hub's label.
		expect(placed.map((p) => p.side)).toEqual(['above', 'left', 'right']);
		expect(overlaps(placed)).toBe(false);
	});

	it('reserves the place of a label drawn elsewhere, whatever covers it', () => {
		const placed = placeLabels([
			label('hovered', 0, 0, { fixed: true }),
			label('blocker', 30, 3, { forced: true, priority: 5 })
		]);
		expect(placed[0]).toEqual({ key: 'hovered', x: 8, y: -7, side: 'right' });
		expect(placed[1]!.side).not.toBe('right');
	});

	it('keeps labels inside the view, flipping them to the left of the node', () => {
		const placed = placeLabels(
			[label('edge', 250, 50), label('forced', 250, 100, { forced: true })],
			{ width: 300, height: 200 }
		);
		expect(placed.map((p) => p.side)).toEqual(['left', 'left']);
		expect(
			placeLabels([label('edge', 250, 50), label('edge2', 60, 50)], {
				width: 150,
				height: 200
			}).map((p) => p.key)
		).toEqual([]);
	});

	it('never overlaps ordinary labels in a dense crowd', () => {
		const crowd = Array.from({ length: 60 }, (_, i) =>
			label(`n${i}`, (i * 37) % 300, (i * 53) % 200)
		);
		const placed = placeLabels(crowd);
		expect(placed.length).toBeGreaterThan(5);
		expect(placed.length).toBeLessThan(60);
		expect(overlaps(placed)).toBe(false);
	});
});
