import { describe, expect, it } from 'vitest';
import { yearTicks } from './year-ticks';

describe('yearTicks', () => {
	it('labels every year when there is room', () => {
		expect(yearTicks(1991, 1995, 10)).toEqual([1991, 1992, 1993, 1994, 1995]);
	});

	it('thins labels to round steps so at most `max` are drawn', () => {
		expect(yearTicks(1989, 2024, 8)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
		expect(yearTicks(1989, 2024, 4)).toEqual([1990, 2000, 2010, 2020]);
		expect(yearTicks(1989, 2024, 20)).toEqual([
			1990, 1992, 1994, 1996, 1998, 2000, 2002, 2004, 2006, 2008, 2010, 2012, 2014, 2016, 2018,
			2020, 2022, 2024
		]);
		for (const max of [1, 2, 3, 5, 7, 12]) {
			expect(yearTicks(1900, 2024, max).length).toBeLessThanOrEqual(max);
		}
	});

	it('always labels something, even with no room', () => {
		expect(yearTicks(2000, 2000, 0)).toEqual([2000]);
	});
});
