// Where a dated record sits on a time axis. Partial dates ('1993', '1993-10') sit at the middle of
// the period they name, so a congress known only by its year is not pinned to 1 January.
import type { Congress } from '$lib/data/types';

const DAY = 86_400_000;

/** The year of an ISO date of any precision, or null when unknown. */
export function yearOf(iso: string): number | null {
	const year = Number(iso.slice(0, 4));
	return iso.length >= 4 && Number.isInteger(year) ? year : null;
}

/** The date as a fractional year (1993.5 for '1993'; 1993-10-23 at noon), or null when unknown. */
export function decimalYear(iso: string): number | null {
	const year = yearOf(iso);
	if (year === null) return null;
	const [, month, day] = iso.split('-').map(Number);
	const from = Date.UTC(year, month ? month - 1 : 0, day ?? 1);
	const to = day ? from + DAY : Date.UTC(year, month ? month : 12, 1);
	const start = Date.UTC(year, 0, 1);
	return year + ((from + to) / 2 - start) / (Date.UTC(year + 1, 0, 1) - start);
}

/** When an event happened: its start, else its end (a row may give only one). */
export function eventDate(congress: Pick<Congress, 'start' | 'end'>): string {
	return congress.start || congress.end;
}
