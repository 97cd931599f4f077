// Each chart's data as CSV for download: what is drawn, for the organizations shown, with the same
// formula escaping as every CSV the app writes. Column names are stable machine names.
import { toCsv } from '$lib/data/csv-write';
import { roundYears } from './congress-intervals';
import type { CongressBins } from './congress-bins';
import type { MembershipBar } from './membership-bars';
import type { TimelineRow } from './timeline-rows';

const optional = (value: number | null | undefined) => (value == null ? '' : String(value));

/** Every figure of every organization in the chart; `latest` marks the one drawn as the bar. */
export function membershipCsv(bars: readonly MembershipBar[]): string {
	const rows = [['org', 'name', 'kind', 'date', 'members', 'figure', 'latest', 'source_ref']];
	for (const bar of bars)
		for (const f of bar.all)
			rows.push([
				bar.org,
				bar.name,
				bar.kind,
				f.date,
				String(f.members),
				f.kind,
				f === bar.latest ? 'yes' : 'no',
				f.sourceRef
			]);
	return toCsv(rows);
}

/** Events per organization and year, the histogram's segments; undated events with an empty year. */
export function histogramCsv(bins: CongressBins, nameOf: (org: string) => string): string {
	const rows = [['year', 'org', 'name', 'events']];
	const byYear = [...bins.segments].sort((a, b) => a.year - b.year);
	for (const s of byYear)
		rows.push([String(s.year), s.org, nameOf(s.org), String(s.events.length)]);
	const counts = new Map<string, number>();
	for (const { org } of bins.undated) counts.set(org, (counts.get(org) ?? 0) + 1);
	for (const [org, n] of counts) rows.push(['', org, nameOf(org), String(n)]);
	return toCsv(rows);
}

/** One row per event, with the years since the organization's previous dated event. */
export function timelineCsv(rows: readonly TimelineRow[]): string {
	const out = [
		['org', 'name', 'event', 'ordinal', 'start', 'end', 'years_since_previous', 'location']
	];
	for (const row of rows) {
		row.events.forEach((e, i) => {
			const gap = i > 0 ? roundYears(e.at - row.events[i - 1]!.at) : null;
			out.push(eventCells(row, e.congress, optional(gap)));
		});
		for (const c of row.undated) out.push(eventCells(row, c, ''));
	}
	return toCsv(out);
}

function eventCells(row: TimelineRow, c: TimelineRow['undated'][number], gap: string): string[] {
	return [row.org, row.name, c.name, optional(c.ordinal), c.start, c.end, gap, c.location];
}
