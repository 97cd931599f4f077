import { describe, expect, it } from 'vitest';
import { asOfYear, clampTime, nextYear, playStart, spanOf, widenYears } from './time-setting';

const range = { min: 1990, max: 2018 };

describe('time settings', () => {
	it('turns a setting into a span of whole years', () => {
		expect(spanOf({ mode: 'all' })).toBeNull();
		expect(spanOf({ mode: 'point', year: 1995 })).toEqual({ from: 19950101, to: 19951231 });
		expect(spanOf({ mode: 'window', from: 1991, to: 2001 })).toEqual({
			from: 19910101,
			to: 20011231
		});
		expect(asOfYear({ mode: 'window', from: 1991, to: 2001 })).toBe(2001);
	});

	it('clamps into the data years and keeps windows ordered', () => {
		expect(clampTime({ mode: 'point', year: 1950 }, range)).toEqual({ mode: 'point', year: 1990 });
		expect(clampTime({ mode: 'window', from: 2010, to: 2050 }, range)).toEqual({
			mode: 'window',
			from: 2010,
			to: 2018
		});
		expect(clampTime({ mode: 'window', from: 2030, to: 2050 }, range)).toEqual({
			mode: 'window',
			from: 2018,
			to: 2018
		});
		expect(clampTime({ mode: 'point', year: 1950 }, null)).toEqual({ mode: 'point', year: 1950 });
	});

	it('plays a year at a time, sliding windows, and stops at the end', () => {
		expect(nextYear({ mode: 'point', year: 2017 }, range)).toEqual({ mode: 'point', year: 2018 });
		expect(nextYear({ mode: 'point', year: 2018 }, range)).toBeNull();
		expect(nextYear({ mode: 'window', from: 2000, to: 2005 }, range)).toEqual({
			mode: 'window',
			from: 2001,
			to: 2006
		});
		expect(nextYear({ mode: 'window', from: 2010, to: 2018 }, range)).toBeNull();
	});

	it('skips the years in which nothing is dated, and ends on the last year', () => {
		const events = [1898, 1903, 1990, 1991, 2010];
		const long = { min: 1898, max: 2018 };
		const from1898 = nextYear({ mode: 'point', year: 1898 }, long, events);
		expect(from1898).toEqual({ mode: 'point', year: 1903 });
		expect(nextYear({ mode: 'point', year: 1903 }, long, events)).toEqual({
			mode: 'point',
			year: 1990
		});
		expect(nextYear({ mode: 'point', year: 2010 }, range, events)).toEqual({
			mode: 'point',
			year: 2018
		});
		expect(nextYear({ mode: 'window', from: 1985, to: 1991 }, range, events)).toEqual({
			mode: 'window',
			from: 2004,
			to: 2010
		});
	});

	it('starts Play where it is, or from the beginning at the end or from all time', () => {
		expect(playStart({ mode: 'point', year: 1995 }, range)).toEqual({ mode: 'point', year: 1995 });
		expect(playStart({ mode: 'point', year: 2018 }, range)).toEqual({ mode: 'point', year: 1990 });
		expect(playStart({ mode: 'all' }, range)).toEqual({ mode: 'point', year: 1990 });
		expect(playStart({ mode: 'window', from: 2015, to: 2018 }, range)).toEqual({
			mode: 'window',
			from: 1990,
			to: 1993
		});
	});
});

describe('widenYears', () => {
	it('widens a span by the years of more dates, any precision, ignoring empty ones', () => {
		expect(widenYears({ min: 1991, max: 2018 }, ['2020-04-01', '', '1995'])).toEqual({
			min: 1991,
			max: 2020
		});
		expect(widenYears(null, ['1993-12'])).toEqual({ min: 1993, max: 1993 });
		expect(widenYears(null, [''])).toBeNull();
	});
});
