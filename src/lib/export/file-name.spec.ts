import { describe, expect, it } from 'vitest';
import { asOfPart, exportFileName, slug, stamp } from './file-name';

describe('export file names', () => {
	const at = new Date(2026, 10, 22, 9, 5);

	it('say dataset, time shown and moment of export', () => {
		expect(
			exportFileName({
				dataset: 'post-soviet-communists',
				time: { mode: 'point', year: 1995 },
				at,
				ext: 'png'
			})
		).toBe('splinter-post-soviet-communists-1995-20261122T0905.png');
		expect(
			exportFileName({
				dataset: 'edges',
				time: { mode: 'window', from: 1991, to: 2001 },
				at,
				ext: 'relations.csv'
			})
		).toBe('splinter-edges-1991-2001-20261122T0905.relations.csv');
		expect(asOfPart({ mode: 'all' })).toBe('all-time');
		expect(stamp(at)).toBe('20261122T0905');
	});

	it.each([
		['Партии и движения', 'партии-и-движения'],
		['../../etc/passwd', 'etc-passwd'],
		['a:b*c?"d"<e>|f', 'a-b-c-d-e-f'],
		['  ', 'data'],
		['x'.repeat(80), 'x'.repeat(48)]
	])('makes %j a safe file name part: %j', (name, expected) => {
		expect(slug(name)).toBe(expected);
	});
});
