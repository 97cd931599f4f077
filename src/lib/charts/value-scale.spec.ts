import { describe, expect, it } from 'vitest';
import { chooseScale, powersOfTen, valueDomain } from './value-scale';

describe('chooseScale', () => {
	it('goes logarithmic only past two orders of magnitude', () => {
		expect(chooseScale([50, 5000])).toBe('linear');
		expect(chooseScale([49, 5000])).toBe('log');
		expect(chooseScale([40, 1200, 150000])).toBe('log');
		expect(chooseScale([2000, 500])).toBe('linear');
	});

	it('stays linear when a log axis cannot draw the values', () => {
		expect(chooseScale([0, 5000])).toBe('linear');
		expect(chooseScale([])).toBe('linear');
		expect(chooseScale([7])).toBe('linear');
	});
});

describe('valueDomain', () => {
	it('starts a linear axis at zero', () => {
		expect(valueDomain([500, 2000], 'linear')).toEqual([0, 2000]);
		expect(valueDomain([0], 'linear')).toEqual([0, 1]);
	});

	it('spans whole powers of ten on a log axis, strictly below the smallest value', () => {
		expect(valueDomain([40, 150000], 'log')).toEqual([10, 1e6]);
		expect(valueDomain([100, 1000], 'log')).toEqual([10, 1000]);
		expect(valueDomain([1, 300], 'log')).toEqual([0.1, 1000]);
	});

	it('ticks a log axis at the powers of ten', () => {
		expect(powersOfTen([10, 1e6])).toEqual([10, 100, 1000, 10000, 100000, 1e6]);
		expect(powersOfTen([0.1, 1000])).toEqual([0.1, 1, 10, 100, 1000]);
	});
});
