// The per-organization congress timeline: one row per organization shown that held any congress or
// conference, a dot per dated event on the shared year axis, and its interval statistics.
import type { Congress, Organization } from '$lib/data/types';
import { nameCollator } from '$lib/i18n/collate';
import { congressesByOrg, intervalStats, type IntervalStats } from './congress-intervals';
import { decimalYear, eventDate } from './event-dates';

export interface TimelineEvent {
	congress: Congress;
	date: string;
	/** Position on the year axis (see decimalYear). */
	at: number;
}

export interface TimelineRow {
	org: string;
	name: string;
	kind: string;
	/** Dated events, oldest first. */
	events: TimelineEvent[];
	undated: Congress[];
	stats: IntervalStats;
}

/** Rows in order of each organization's first dated event (undated-only rows last), then name. */
export function timelineRows(
	congresses: readonly Congress[],
	organizations: ReadonlyMap<string, Organization>,
	shown: (org: string) => boolean,
	locale = 'en',
	/** The name shown (and sorted by): the reader may prefer the native one. */
	nameOf: (org: Organization) => string = (org) => org.name
): TimelineRow[] {
	const rows: TimelineRow[] = [];
	for (const [org, list] of congressesByOrg(congresses)) {
		if (!shown(org)) continue;
		const events: TimelineEvent[] = [];
		const undated: Congress[] = [];
		for (const congress of list) {
			const date = eventDate(congress);
			const at = decimalYear(date);
			if (at === null) undated.push(congress);
			else events.push({ congress, date, at });
		}
		events.sort((a, b) => a.at - b.at);
		const organization = organizations.get(org);
		rows.push({
			org,
			name: organization ? nameOf(organization) : org,
			kind: organization?.kind ?? '',
			events,
			undated,
			stats: intervalStats(list)
		});
	}
	const collator = nameCollator(locale);
	const first = (row: TimelineRow) => row.events[0]?.at ?? Infinity;
	return rows.sort((a, b) => first(a) - first(b) || collator.compare(a.name, b.name));
}
