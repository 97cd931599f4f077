// The charts' data tables (their twins for screen readers): captions, columns and rows as text.
import { roundYears } from '$lib/charts/congress-intervals';
import type { CongressBins } from '$lib/charts/congress-bins';
import type { MembershipBar } from '$lib/charts/membership-bars';
import type { TimelineRow } from '$lib/charts/timeline-rows';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { DataRow } from './DataTable.svelte';

interface TableSpec {
	caption: string;
	columns: { label: string; numeric?: boolean }[];
	rows: DataRow[];
}

const number = (n: number) => new Intl.NumberFormat(i18n.locale).format(n);
const years = (n: number | null) => (n === null ? '' : number(roundYears(n)));

export function membershipTable(bars: readonly MembershipBar[]): TableSpec {
	return {
		caption: t('charts.membership.caption'),
		columns: [
			{ label: t('charts.organization') },
			{ label: t('charts.membership.latest'), numeric: true },
			{ label: t('charts.membership.date') },
			{ label: t('charts.membership.figure') },
			{ label: t('charts.membership.figures'), numeric: true },
			{ label: t('charts.membership.source') }
		],
		rows: bars.map((bar) => ({
			key: bar.org,
			org: bar.org,
			cells: [
				bar.name,
				number(bar.latest.members),
				bar.latest.date || t('details.undated'),
				t(`details.membershipKind.${bar.latest.kind}`),
				number(bar.all.length),
				bar.latest.sourceRef
			]
		}))
	};
}

export function histogramTable(bins: CongressBins, nameOf: (org: string) => string): TableSpec {
	const rows: DataRow[] = [];
	bins.totals.forEach((total, i) => {
		if (total === 0) return;
		const year = bins.from + i;
		const orgs = bins.segments
			.filter((s) => s.year === year)
			.map((s) => `${nameOf(s.org)} (${number(s.events.length)})`);
		rows.push({ key: String(year), cells: [String(year), number(total), orgs.join('; ')] });
	});
	return {
		caption: t('charts.congress.caption'),
		columns: [
			{ label: t('charts.congress.year') },
			{ label: t('charts.congress.events'), numeric: true },
			{ label: t('charts.congress.organizations') }
		],
		rows
	};
}

export function timelineTable(rows: readonly TimelineRow[]): TableSpec {
	return {
		caption: t('charts.timeline.caption'),
		columns: [
			{ label: t('charts.organization') },
			{ label: t('charts.congress.events'), numeric: true },
			{ label: t('charts.timeline.first') },
			{ label: t('charts.timeline.last') },
			{ label: t('intervals.mean'), numeric: true },
			{ label: t('intervals.longest'), numeric: true },
			{ label: t('charts.timeline.dates') }
		],
		rows: rows.map((row) => ({
			key: row.org,
			org: row.org,
			cells: [
				row.name,
				number(row.stats.events),
				row.events[0]?.date ?? '',
				row.events.at(-1)?.date ?? '',
				years(row.stats.mean),
				row.stats.longest
					? `${years(row.stats.longest.years)} (${row.stats.longest.from} – ${row.stats.longest.to})`
					: '',
				[...row.events.map((e) => e.date), ...row.undated.map(() => t('details.undated'))].join(
					', '
				)
			]
		}))
	};
}
