import { closestPair, contrast, type Vision } from '$lib/theme/color-math';
import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, FALLBACK, LIGHT_PALETTE, type Palette } from './palette';

const sets = (p: Palette) => ({
	relations: Object.values(p.relations),
	kinds: Object.values(p.kinds),
	communities: [...p.communities]
});
const DEFICIENCIES: Vision[] = ['protanopia', 'deuteranopia', 'tritanopia'];

describe('palettes', () => {
	it('keep every relation type, kind and community in both themes', () => {
		expect(Object.keys(DARK_PALETTE.relations)).toEqual(Object.keys(LIGHT_PALETTE.relations));
		expect(Object.keys(DARK_PALETTE.kinds)).toEqual(Object.keys(LIGHT_PALETTE.kinds));
		expect(DARK_PALETTE.communities).toHaveLength(LIGHT_PALETTE.communities.length);
	});

	it('draw every dark-theme colour at 3:1 or more against the dark background', () => {
		const weak = [...Object.values(sets(DARK_PALETTE)).flat(), FALLBACK, DARK_PALETTE.rim]
			.map((color) => ({ color, ratio: contrast(color, DARK_PALETTE.background) }))
			.filter(({ ratio }) => ratio < 3);
		expect(weak).toEqual([]);
	});

	it('draw node kinds at 3:1 or more against white in the light theme', () => {
		const weak = Object.values(LIGHT_PALETTE.kinds).filter((c) => contrast(c, '#ffffff') < 3);
		expect(weak).toEqual([]);
	});

	it('keep labels AA-readable (4.5:1) in both themes', () => {
		for (const p of [LIGHT_PALETTE, DARK_PALETTE]) {
			expect(contrast(p.label, p.background)).toBeGreaterThanOrEqual(4.5);
			expect(contrast(p.label, p.ringFill)).toBeGreaterThanOrEqual(4.5);
		}
	});

	it('bring no two colours closer in the dark theme than in the light one, for any colour vision', () => {
		const light = sets(LIGHT_PALETTE);
		const dark = sets(DARK_PALETTE);
		for (const name of ['relations', 'kinds', 'communities'] as const) {
			for (const vision of DEFICIENCIES) {
				expect(closestPair(dark[name], vision), `${name} under ${vision}`).toBeGreaterThanOrEqual(
					closestPair(light[name], vision) - 1e-9
				);
			}
		}
	});
});
