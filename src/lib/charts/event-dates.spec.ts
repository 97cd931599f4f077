import { describe, expect, it } from 'vitest';
import { decimalYear, eventDate, yearOf } from './event-dates';

describe('event dates', () => {
	it('reads the year of any precision, and nothing from an unknown date', () => {
		expect(yearOf('1993')).toBe(1993);
		expect(yearOf('1993-10-23')).toBe(1993);
		expect(yearOf('')).toBeNull();
	});

	it('puts a partial date at the middle of the period it names', () => {
		expect(decimalYear('1993')).toBe(1993.5);
		// July 1994 runs from day 181 to day 212 of 365: its middle is day 196.5.
		expect(decimalYear('1994-07')).toBeCloseTo(1994 + 196.5 / 365, 10);
		expect(decimalYear('1996-01-01')).toBeCloseTo(1996 + 0.5 / 366, 10);
		expect(decimalYear('1995-12-31')).toBeCloseTo(1995 + 364.5 / 365, 10);
		expect(decimalYear('')).toBeNull();
	});

	it('dates an event by its start, or its end when that is all there is', () => {
		expect(eventDate({ start: '1992-04-25', end: '1992-04-26' })).toBe('1992-04-25');
		expect(eventDate({ start: '', end: '2000-01' })).toBe('2000-01');
		expect(eventDate({ start: '', end: '' })).toBe('');
	});
});
