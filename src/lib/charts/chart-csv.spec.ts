import { parseTable } from '$lib/data/parse-table';
import { describe, expect, it } from 'vitest';
import { histogramCsv, membershipCsv, timelineCsv } from './chart-csv';
import { binCongresses } from './congress-bins';
import { membershipBars } from './membership-bars';
import { timelineRows } from './timeline-rows';
import { datasetOf } from './test-records';

const dataset = datasetOf({
	organizations: 'id,name,kind\na,=HYPERLINK("x"),party\nb,"Beta, the second",movement\n',
	congresses: 'org,ordinal,name,start,end\na,1,+I,1992,\na,2,II,1995-03,\nb,,@III,,\n',
	membership: 'org,date,members,kind,source_ref\na,1999,5,stated,-seed\na,,7,claimed,x\n'
});
const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
const nameOf = (org: string) => organizations.get(org)!.name;
const read = (csv: string) => parseTable(csv, { delimiter: ',' }).rows;

describe('chart CSV', () => {
	it('lists every membership figure, marks the drawn one, and escapes formulas', () => {
		const { bars } = membershipBars(dataset.membership, dataset.organizations, () => true);
		expect(read(membershipCsv(bars))).toEqual([
			['org', 'name', 'kind', 'date', 'members', 'figure', 'latest', 'source_ref'],
			['a', `'=HYPERLINK("x")`, 'party', '1999', '5', 'stated', 'yes', "'-seed"],
			['a', `'=HYPERLINK("x")`, 'party', '', '7', 'claimed', 'no', 'x']
		]);
	});

	it('gives the histogram per year and organization, undated events with an empty year', () => {
		const bins = binCongresses(dataset.congresses, {
			shown: () => true,
			kindOf: () => '',
			nameOf
		})!;
		const rows = read(histogramCsv(bins, nameOf));
		expect(rows.slice(1)).toEqual([
			['1992', 'a', `'=HYPERLINK("x")`, '1'],
			['1995', 'a', `'=HYPERLINK("x")`, '1'],
			['', 'b', 'Beta, the second', '1']
		]);
		// The events column adds up to every congress row.
		const total = rows.slice(1).reduce((n, row) => n + Number(row[3]), 0);
		expect(total).toBe(dataset.congresses.length);
	});

	it('gives the timeline per event with the years since the previous one', () => {
		const rows = read(timelineCsv(timelineRows(dataset.congresses, organizations, () => true)));
		expect(rows.map((r) => [r[0], r[2], r[6]])).toEqual([
			['org', 'event', 'years_since_previous'],
			['a', "'+I", ''],
			['a', 'II', '2.7'],
			['b', "'@III", '']
		]);
	});
});
