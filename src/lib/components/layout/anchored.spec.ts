import { describe, expect, it } from 'vitest';
import { placeBelow } from './anchored';

describe('placeBelow', () => {
	it('right-aligns the panel with its button when it fits', () => {
		const at = placeBelow(
			{ left: 1000, right: 1080, bottom: 40 },
			{ width: 1440, height: 900 },
			320
		);
		expect(at).toEqual({ top: 44, left: 760, width: 320, maxHeight: 848 });
	});

	it('keeps a panel opened near the left edge of a phone inside the window', () => {
		const at = placeBelow({ left: 96, right: 168, bottom: 44 }, { width: 390, height: 844 }, 320);
		expect(at.left).toBe(8);
		expect(at.left + at.width).toBeLessThanOrEqual(390 - 8);
	});

	it('narrows the panel to a window smaller than it, and to the room below the button', () => {
		const at = placeBelow({ left: 10, right: 300, bottom: 100 }, { width: 300, height: 400 }, 320);
		expect(at).toEqual({ top: 104, left: 8, width: 284, maxHeight: 288 });
	});
});
