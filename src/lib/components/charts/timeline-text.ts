// How a timeline row reads aloud and in its data table: events, span and intervals in words.
import { roundYears } from '$lib/charts/congress-intervals';
import type { TimelineRow } from '$lib/charts/timeline-rows';
import { t } from '$lib/i18n/i18n.svelte';

export function rowSummary(row: TimelineRow): string {
	const { stats } = row;
	if (stats.mean === null || !stats.longest)
		return t('charts.timeline.rowShort', { name: row.name, count: stats.events });
	return t('charts.timeline.row', {
		name: row.name,
		count: stats.events,
		first: row.events[0]!.date,
		last: row.events.at(-1)!.date,
		mean: roundYears(stats.mean),
		longest: roundYears(stats.longest.years),
		from: stats.longest.from,
		to: stats.longest.to
	});
}
