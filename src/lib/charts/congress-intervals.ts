// How often an organization meets: the mean and the longest interval between its congresses and
// conferences, in years, counted over dated events only.
import type { Congress } from '$lib/data/types';
import { decimalYear, eventDate } from './event-dates';

export interface LongestInterval {
	years: number;
	/** The dates (ISO, as given) of the events either side of the gap. */
	from: string;
	to: string;
}

export interface IntervalStats {
	events: number;
	dated: number;
	/** Mean years between consecutive dated events; null with fewer than two. */
	mean: number | null;
	longest: LongestInterval | null;
}

export function intervalStats(congresses: readonly Congress[]): IntervalStats {
	const dated = congresses
		.map((c) => ({ date: eventDate(c), at: decimalYear(eventDate(c)) }))
		.filter((e): e is { date: string; at: number } => e.at !== null)
		.sort((a, b) => a.at - b.at);
	let longest: LongestInterval | null = null;
	for (let i = 1; i < dated.length; i++) {
		const years = dated[i]!.at - dated[i - 1]!.at;
		if (!longest || years > longest.years)
			longest = { years, from: dated[i - 1]!.date, to: dated[i]!.date };
	}
	const span = dated.length > 1 ? dated[dated.length - 1]!.at - dated[0]!.at : 0;
	return {
		events: congresses.length,
		dated: dated.length,
		mean: dated.length > 1 ? span / (dated.length - 1) : null,
		longest
	};
}

/** Congresses grouped by organization, in file order. */
export function congressesByOrg(congresses: readonly Congress[]): Map<string, Congress[]> {
	const byOrg = new Map<string, Congress[]>();
	for (const c of congresses) {
		const list = byOrg.get(c.org);
		if (list) list.push(c);
		else byOrg.set(c.org, [c]);
	}
	return byOrg;
}

export function statsByOrg(congresses: readonly Congress[]): Map<string, IntervalStats> {
	const stats = new Map<string, IntervalStats>();
	for (const [org, list] of congressesByOrg(congresses)) stats.set(org, intervalStats(list));
	return stats;
}

/** Years to one decimal, as shown in tables and exported. */
export function roundYears(years: number): number {
	return Math.round(years * 10) / 10;
}
