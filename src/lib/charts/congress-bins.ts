// The congress histogram: events per year over the full span of the data, stacked by organization
// (d3.stack) so each segment is one organization's events in one year. Undated events cannot be
// binned; they are counted, so the bins plus the undated always add up to the events shown.
import type { Congress } from '$lib/data/types';
import type { YearRange } from '$lib/graph/time-setting';
import { stack } from 'd3';
import { eventDate, yearOf } from './event-dates';

export interface BinSegment {
	org: string;
	year: number;
	/** Stacked extent: events below this organization's in this year, and up to its top. */
	y0: number;
	y1: number;
	events: Congress[];
}

export interface CongressBins {
	/** First and last year of the axis (each bin is one calendar year). */
	from: number;
	to: number;
	/** Events shown per year, index 0 = `from`. */
	totals: number[];
	/** Events per year in the whole dataset, whatever is filtered (drawn behind, as context). */
	all: number[];
	segments: BinSegment[];
	/** Organizations in stacking order (by kind, then name). */
	orgs: string[];
	dated: number;
	/** Events shown that have no date, so no bin. */
	undated: Congress[];
}

export interface BinOptions {
	shown: (org: string) => boolean;
	kindOf: (org: string) => string;
	nameOf: (org: string) => string;
	/** The years the whole dataset spans (relations, founding dates…); the axis covers them too. */
	span?: YearRange | null;
}

export function binCongresses(
	congresses: readonly Congress[],
	options: BinOptions
): CongressBins | null {
	const years = congresses.map((c) => yearOf(eventDate(c)));
	const known = years.filter((y): y is number => y !== null);
	if (known.length === 0) return null;
	const from = Math.min(...known, options.span?.min ?? Infinity);
	const to = Math.max(...known, options.span?.max ?? -Infinity);
	const width = to - from + 1;
	const all = new Array<number>(width).fill(0);
	const totals = new Array<number>(width).fill(0);
	const cells = new Map<string, Congress[][]>();
	let dated = 0;
	const undated: Congress[] = [];
	congresses.forEach((c, i) => {
		const year = years[i]!;
		if (year !== null) all[year - from]!++;
		if (!options.shown(c.org)) return;
		if (year === null) return void undated.push(c);
		dated++;
		totals[year - from]!++;
		let row = cells.get(c.org);
		if (!row) cells.set(c.org, (row = Array.from({ length: width }, () => [])));
		row[year - from]!.push(c);
	});
	const orgs = [...cells.keys()].sort(
		(a, b) =>
			options.kindOf(a).localeCompare(options.kindOf(b)) ||
			options.nameOf(a).localeCompare(options.nameOf(b)) ||
			a.localeCompare(b)
	);
	const indexes = Array.from({ length: width }, (_, i) => i);
	const series = stack<number, string>()
		.keys(orgs)
		.value((i, org) => cells.get(org)![i]!.length)(indexes);
	const segments: BinSegment[] = [];
	for (const s of series) {
		for (const point of s) {
			if (point[1] > point[0])
				segments.push({
					org: s.key,
					year: from + point.data,
					y0: point[0],
					y1: point[1],
					events: cells.get(s.key)![point.data]!
				});
		}
	}
	return { from, to, totals, all, segments, orgs, dated, undated };
}

/** Part of a year (in axis units) that a brush may overlap at either end without taking it in. */
const SLIVER = 0.15;

/**
 * The years a brush selection covers (in axis units: bin `y` spans [y, y + 1)), snapped to whole
 * bins: [from, to], both included. A selection narrower than a bin picks the bin it lies in.
 */
export function snapYears(
	start: number,
	end: number,
	bins: Pick<CongressBins, 'from' | 'to'>
): [number, number] {
	const clamp = (y: number) => Math.min(bins.to, Math.max(bins.from, y));
	const low = Math.min(start, end);
	const high = Math.max(start, end);
	// Every year the brush reaches into counts (a drag from the middle of the 1992 bar includes
	// 1992), except for a sliver at either end that a hand cannot avoid.
	let from = Math.floor(low + SLIVER);
	let to = Math.ceil(high - SLIVER) - 1;
	if (to < from) from = to = Math.floor((low + high) / 2);
	return [clamp(from), clamp(to)];
}

/**
 * The years the congress charts draw: those of the dated events and one either side (room to start
 * a brush), within `limit` (the time control's range) when given. Not the whole dataset's span: a
 * founding date a century earlier would leave each year's bin a pixel wide.
 */
export function congressSpan(
	congresses: readonly Congress[],
	limit: YearRange | null = null
): YearRange | null {
	const known = congresses.map((c) => yearOf(eventDate(c))).filter((y): y is number => y !== null);
	if (known.length === 0) return null;
	const min = Math.min(...known) - 1;
	const max = Math.max(...known) + 1;
	return limit ? { min: Math.max(min, limit.min), max: Math.min(max, limit.max) } : { min, max };
}
