import { describe, expect, it } from 'vitest';
import { gephiInterval, organizationSpan, relationSpan } from './gephi-time';

describe('Gephi time spans', () => {
	it('widen partial dates to whole days, as the time control reads them', () => {
		expect(organizationSpan('1991', '2001-02')).toEqual({ start: '1991-01-01', end: '2001-02-28' });
		expect(organizationSpan('1991-11-16', '')).toEqual({ start: '1991-11-16', end: null });
		expect(organizationSpan('', '')).toEqual({ start: null, end: null });
		expect(relationSpan('member_of', '2000-02', '2004')).toEqual({
			start: '2000-02-01',
			end: '2004-12-31'
		});
	});

	it('let events hold from their date on', () => {
		expect(relationSpan('split', '1993-12', '1994')).toEqual({ start: '1993-12-01', end: null });
		expect(relationSpan('cooperation', '2012', '')).toEqual({ start: '2012-01-01', end: null });
		expect(relationSpan('merger', '', '2001')).toEqual({ start: '2001-01-01', end: null });
	});

	it('write intervals in Gephi notation with open ends', () => {
		expect(gephiInterval({ start: '1991-01-01', end: '2001-12-31' })).toBe(
			'<[1991-01-01, 2001-12-31]>'
		);
		expect(gephiInterval({ start: null, end: '2001-12-31' })).toBe('<[-Infinity, 2001-12-31]>');
		expect(gephiInterval({ start: null, end: null })).toBe('');
	});
});
