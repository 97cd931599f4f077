import { describe, expect, it } from 'vitest';
import { cameraForKey } from './camera-keys';

const home = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

describe('cameraForKey', () => {
	it('moves by an eighth of what is on screen, at any zoom', () => {
		expect(cameraForKey('ArrowRight', home)).toEqual({ x: 0.625, y: 0.5 });
		expect(cameraForKey('ArrowUp', { ...home, ratio: 0.5 })).toEqual({ x: 0.5, y: 0.5625 });
	});

	it('moves in screen directions when the camera is rotated', () => {
		const turned = cameraForKey('ArrowRight', { ...home, angle: Math.PI / 2 })!;
		expect(turned.x).toBeCloseTo(0.5);
		expect(turned.y).toBeCloseTo(0.625);
	});

	it('zooms within bounds; other keys are not the graph’s', () => {
		expect(cameraForKey('+', home)).toEqual({ ratio: 1 / 1.5 });
		expect(cameraForKey('-', { ...home, ratio: 9 })).toEqual({ ratio: 10 });
		expect(cameraForKey('a', home)).toBeNull();
	});
});
