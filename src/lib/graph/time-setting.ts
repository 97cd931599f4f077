// What the time control is set to (a year, a window of years, or all time) and how it moves:
// clamped into the years the data spans, stepped a year at a time for Play.
import { yearOf } from '../data/dates';
import { yearSpan, type TimeSpan } from './time-rules';

export type TimeSetting =
	{ mode: 'all' } | { mode: 'point'; year: number } | { mode: 'window'; from: number; to: number };

export interface YearRange {
	min: number;
	max: number;
}

export function spanOf(time: TimeSetting): TimeSpan | null {
	if (time.mode === 'point') return yearSpan(time.year);
	if (time.mode === 'window') return yearSpan(time.from, time.to);
	return null;
}

/** The year the view is "as of": the point, or the window's end. */
export function asOfYear(time: TimeSetting): number | null {
	return time.mode === 'point' ? time.year : time.mode === 'window' ? time.to : null;
}

const clampYear = (year: number, range: YearRange) =>
	Math.min(range.max, Math.max(range.min, Math.round(year)));

export function clampTime(time: TimeSetting, range: YearRange | null): TimeSetting {
	if (!range || time.mode === 'all') return time;
	if (time.mode === 'point') return { mode: 'point', year: clampYear(time.year, range) };
	const from = clampYear(time.from, range);
	return { mode: 'window', from, to: Math.max(from, clampYear(time.to, range)) };
}

/**
 * Play's next step: the next year in which something is dated (a founding, a split, a congress…),
 * or the last year; the quiet years between are skipped, so a dataset reaching back to 1898 does
 * not spend a minute on decades where nothing changes. Null at the end.
 */
export function nextYear(
	time: TimeSetting,
	range: YearRange,
	/** Years in which something is dated, ascending; without them Play steps a year at a time. */
	eventYears?: readonly number[]
): TimeSetting | null {
	if (time.mode === 'all') return null;
	const current = time.mode === 'point' ? time.year : time.to;
	if (current >= range.max) return null;
	const following = eventYears
		? (eventYears.find((year) => year > current) ?? range.max)
		: current + 1;
	const next = Math.min(following, range.max);
	if (time.mode === 'point') return { mode: 'point', year: next };
	return { mode: 'window', from: time.from + next - current, to: next };
}

/** Where Play starts: from the current setting, or from the beginning when at the end or "all". */
export function playStart(time: TimeSetting, range: YearRange): TimeSetting {
	if (time.mode === 'point' && time.year < range.max) return time;
	if (time.mode === 'window' && time.to < range.max) return time;
	if (time.mode === 'window') {
		const width = Math.min(time.to - time.from, range.max - range.min);
		return { mode: 'window', from: range.min, to: range.min + width };
	}
	return { mode: 'point', year: range.min };
}

/** The years a range and some more dates cover together (congresses and membership figures
 * widen the graph's own span, so the time control reaches the last congress too). */
export function widenYears(range: YearRange | null, dates: Iterable<string>): YearRange | null {
	let min = range?.min ?? Infinity;
	let max = range?.max ?? -Infinity;
	for (const date of dates) {
		const year = yearOf(date);
		if (year === null) continue;
		min = Math.min(min, year);
		max = Math.max(max, year);
	}
	return min <= max ? { min, max } : null;
}
