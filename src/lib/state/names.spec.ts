import { describe, expect, it } from 'vitest';
import { nameIn, nameLang, otherNameIn } from './names.svelte';

const sk = { name: 'Union of Communists', nameNative: 'Союз коммунистов' };
const latinOnly = { name: 'Left Front', nameNative: '' };
const nativeOnly = { name: '', nameNative: 'Левый фронт' };

describe('organization names', () => {
	it('shows the chosen name, and the other one as a second line', () => {
		expect(nameIn('english', sk)).toBe('Union of Communists');
		expect(otherNameIn('english', sk)).toBe('Союз коммунистов');
		expect(nameIn('native', sk)).toBe('Союз коммунистов');
		expect(otherNameIn('native', sk)).toBe('Union of Communists');
		expect(nameIn('both', sk)).toBe('Union of Communists / Союз коммунистов');
		expect(otherNameIn('both', sk)).toBe('');
	});

	it('falls back to whichever name exists', () => {
		for (const mode of ['english', 'native', 'both'] as const) {
			expect(nameIn(mode, latinOnly)).toBe('Left Front');
			expect(nameIn(mode, nativeOnly)).toBe('Левый фронт');
			expect(otherNameIn(mode, latinOnly)).toBe('');
			expect(otherNameIn(mode, nativeOnly)).toBe('');
		}
		expect(nameIn('both', { name: 'KPRF', nameNative: 'KPRF' })).toBe('KPRF');
	});

	it('marks Cyrillic names as Russian for screen readers', () => {
		expect(nameLang('Союз коммунистов')).toBe('ru');
		expect(nameLang('Left Front')).toBeUndefined();
	});
});
