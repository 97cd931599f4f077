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
				i < j &&
				a.x < b.x + width &&
				b.x < a.x + width &&
				a.y < b.y + height &&
				b.y < a.y + height
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

	it('drops the smaller of two colliding ordinary labels', () => {
		const placed = placeLabels([label('small', 0, 5, { radius: 3 }), label('big', 0, 0, { radius: 9 })]);
		expect(placed.map((p) => p.key)).toEqual(['big']);
	});

	it('always draws forced labels, moving them to a free side', () => {
		const placed = placeLabels([
			label('hub', 0, 0, { forced: true, priority: 2 }),
			label('near', -10, 4, { forced: true }),
			label('other', 20, 2)
		]);
		expect(placed.map((p) => p.key).sort()).toEqual(['hub', 'near']);
		expect(placed.find((p) => p.key === 'hub')!.side).toBe('right');
		expect(placed.find((p) => p.key === 'near')!.side).not.toBe('right');
		expect(overlaps(placed)).toBe(false);
	});

	it('never overlaps ordinary labels in a dense crowd', () => {
		const crowd = Array.from({ length: 60 }, (_, i) => label(`n${i}`, (i * 37) % 300, (i * 53) % 200));
		const placed = placeLabels(crowd);
		expect(placed.length).toBeGreaterThan(5);
		expect(placed.length).toBeLessThan(60);
		expect(overlaps(placed)).toBe(false);
	});
});
