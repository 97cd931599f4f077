import { describe, expect, it } from 'vitest';
import {
	firstSeen,
	existsDuring,
	inForceDuring,
	isEventLike,
	isRecentEvent,
	yearSpan,
	type TimeSpan
} from './time-rules';

const day = (iso: string): TimeSpan => {
	const [y, m, d] = iso.split('-').map(Number);
	const n = y! * 10000 + m! * 100 + d!;
	return { from: n, to: n };
};

describe('existsDuring (founded ≤ t, not dissolved before t, unknown = open)', () => {
	it('treats unknown founding and dissolution dates as open', () => {
		expect(existsDuring('', '', yearSpan(1900))).toBe(true);
		expect(existsDuring('', '1991', yearSpan(1950))).toBe(true);
		expect(existsDuring('1993', '', yearSpan(2030))).toBe(true);
	});

	it('shows an organization during its founding year and its dissolution year', () => {
		expect(existsDuring('1993-03-26', '', yearSpan(1992))).toBe(false);
		expect(existsDuring('1993-03-26', '', yearSpan(1993))).toBe(true);
		expect(existsDuring('', '1991', yearSpan(1991))).toBe(true);
		expect(existsDuring('', '1991', yearSpan(1992))).toBe(false);
		expect(existsDuring('1991-11-23', '2001-10-27', yearSpan(2001))).toBe(true);
		expect(existsDuring('1991-11-23', '2001-10-27', yearSpan(2002))).toBe(false);
	});

	it('reads a partial date as all of its year or month', () => {
		// Founded "1993-03": somewhere in March, so it may exist on 1 March but not on 28 February.
		expect(existsDuring('1993-03', '', day('1993-03-01'))).toBe(true);
		expect(existsDuring('1993-03', '', day('1993-02-28'))).toBe(false);
		// Dissolved "1999-09": it may still exist on 30 September, not on 1 October.
		expect(existsDuring('', '1999-09', day('1999-09-30'))).toBe(true);
		expect(existsDuring('', '1999-09', day('1999-10-01'))).toBe(false);
		// Founded "1993": on any day of 1993 it may exist, so it is shown all year.
		expect(existsDuring('1993', '', day('1993-01-01'))).toBe(true);
	});

	it('shows an organization in a window when any part of its life overlaps it', () => {
		expect(existsDuring('1996', '2000', yearSpan(1990, 1995))).toBe(false);
		expect(existsDuring('1996', '2000', yearSpan(1990, 1996))).toBe(true);
		expect(existsDuring('1996', '2000', yearSpan(2000, 2010))).toBe(true);
		expect(existsDuring('1996', '2000', yearSpan(2001, 2010))).toBe(false);
	});
});

describe('firstSeen', () => {
	const rel = (type: string, start: string, end = '') => ({ type, start, end });
	it('is the founding date, else the earliest dated relation, else open', () => {
		expect(firstSeen('1991-11', '', [rel('split', '1985')])).toBe('1991-11');
		expect(
			firstSeen('', '', [rel('co_signature', '2014-03'), rel('cooperation', '1999', '2003')])
		).toBe('1999');
		// An event known only by its end is dated by it; a period without a start says nothing.
		expect(firstSeen('', '', [rel('split', '', '2001'), rel('cooperation', '', '1990')])).toBe(
			'2001'
		);
		expect(firstSeen('', '', [rel('cooperation', '', '')])).toBe('');
	});

	it('stays open when the first relation comes after the dissolution', () => {
		expect(firstSeen('', '1995', [rel('split', '2001')])).toBe('');
	});
});

describe('inForceDuring', () => {
	it('keeps events from their date on, whatever their end', () => {
		expect(inForceDuring('split', '2001-07-21', '', yearSpan(2000))).toBe(false);
		expect(inForceDuring('split', '2001-07-21', '', yearSpan(2001))).toBe(true);
		expect(inForceDuring('merger', '2001-10-27', '', yearSpan(2015))).toBe(true);
		expect(inForceDuring('co_signature', '2014-02-26', '2014-02-26', yearSpan(2016))).toBe(true);
		expect(inForceDuring('expulsion', '', '', yearSpan(1900))).toBe(true);
	});

	it('applies the year-step precision rule: an event dated 1993 is in force all of 1993', () => {
		expect(inForceDuring('expulsion', '1993', '', day('1993-01-01'))).toBe(true);
		expect(inForceDuring('expulsion', '1993-12', '', yearSpan(1993))).toBe(true);
		expect(inForceDuring('expulsion', '1993-12', '', day('1993-11-30'))).toBe(false);
	});

	it('keeps intervals while they overlap the span, with open ends', () => {
		expect(inForceDuring('member_of', '1993-04', '2001', yearSpan(1993))).toBe(true);
		expect(inForceDuring('member_of', '1993-04', '2001', yearSpan(2001))).toBe(true);
		expect(inForceDuring('member_of', '1993-04', '2001', yearSpan(2002))).toBe(false);
		expect(inForceDuring('member_of', '1993-04', '2001', yearSpan(1992))).toBe(false);
		expect(inForceDuring('organ_of', '', '1994', yearSpan(1980))).toBe(true);
		expect(inForceDuring('organ_of', '', '1994', yearSpan(1995))).toBe(false);
		expect(inForceDuring('part_of', '', '', yearSpan(1800))).toBe(true);
		expect(inForceDuring('cooperation', '2014-12-13', '2017-06-04', yearSpan(2018))).toBe(false);
		expect(inForceDuring('cooperation', '2014-12-13', '2017-06-04', yearSpan(2010, 2014))).toBe(
			true
		);
	});

	it('treats a relation with only a start as an event from that date on', () => {
		expect(isEventLike('member_of', '1999', '')).toBe(true);
		expect(isEventLike('member_of', '1999', '2001')).toBe(false);
		expect(isEventLike('member_of', '', '2001')).toBe(false);
		expect(inForceDuring('member_of', '1999', '', yearSpan(1998))).toBe(false);
		expect(inForceDuring('member_of', '1999', '', yearSpan(2020))).toBe(true);
	});
});

describe('isRecentEvent', () => {
	it('emphasises events of the last N years of the span, the current year included', () => {
		expect(isRecentEvent('split', '2001-07-21', '', yearSpan(2001), 1)).toBe(true);
		expect(isRecentEvent('split', '2001-07-21', '', yearSpan(2002), 1)).toBe(false);
		expect(isRecentEvent('split', '2001-07-21', '', yearSpan(2003), 3)).toBe(true);
		expect(isRecentEvent('split', '2001-07-21', '', yearSpan(2004), 3)).toBe(false);
	});

	it('never emphasises future events, undated events, intervals or when N is 0', () => {
		expect(isRecentEvent('split', '2001', '', yearSpan(2000), 3)).toBe(false);
		expect(isRecentEvent('split', '', '', yearSpan(2000), 3)).toBe(false);
		expect(isRecentEvent('member_of', '1993', '2001', yearSpan(1993), 3)).toBe(false);
		expect(isRecentEvent('split', '2001', '', yearSpan(2001), 0)).toBe(false);
	});
});
