import { describe, expect, it } from 'vitest';
import { isOrdered, lowerBound, parseDate, upperBound, yearOf } from './dates';

describe('parseDate', () => {
	it.each([
		['1991', '1991'],
		['1991-09', '1991-09'],
		['1991-09-07', '1991-09-07'],
		['1991-9-7', '1991-09-07'],
		['07.09.1991', '1991-09-07'],
		['12.17.2016', '2016-12-17'],
		['09.1991', '1991-09'],
		['1991/09/07', '1991-09-07'],
		['  ', '']
	])('reads %j as %j, keeping its precision', (raw, iso) => {
		expect(parseDate(raw)).toEqual({ ok: true, iso });
	});

	it.each(['0000-00-00', '9999-99-99', '1991-02-30', 'soon', '1991-13', '31.31.2000'])(
		'rejects %j with a reason',
		(raw) => {
			const result = parseDate(raw);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.error.length).toBeGreaterThan(5);
		}
	);
});

describe('bounds', () => {
	it('spans the whole period a partial date names', () => {
		expect(lowerBound('1993')).toBe(19930101);
		expect(upperBound('1993')).toBe(19931231);
		expect(upperBound('1996-02')).toBe(19960229);
		expect(lowerBound('1993-05-04')).toBe(upperBound('1993-05-04'));
	});

	it('orders start and end that share a year', () => {
		expect(isOrdered('1993-05', '1993')).toBe(true);
		expect(isOrdered('1994', '1993-12-31')).toBe(false);
		expect(isOrdered('', '1990')).toBe(true);
		expect(yearOf('2001-07-21')).toBe(2001);
		expect(yearOf('')).toBeNull();
	});
});

describe('isOrdered', () => {
	it('agrees with the bounds for every precision (property, fixed seed)', async () => {
		const fc = (await import('fast-check')).default;
		const partial = fc
			.tuple(
				fc.integer({ min: 1990, max: 1992 }),
				fc.option(fc.integer({ min: 1, max: 12 })),
				fc.option(fc.integer({ min: 1, max: 28 }))
			)
			.map(([y, m, d]) =>
				[String(y), m && String(m).padStart(2, '0'), m && d && String(d).padStart(2, '0')]
					.filter(Boolean)
					.join('-')
			);
		fc.assert(
			fc.property(partial, partial, (start, end) => {
				expect(isOrdered(start, end)).toBe(lowerBound(start) <= upperBound(end));
			}),
			{ seed: 7, numRuns: 500 }
		);
	});
});
