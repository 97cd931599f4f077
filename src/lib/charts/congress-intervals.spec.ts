import { describe, expect, it } from 'vitest';
import { intervalStats, roundYears, statsByOrg } from './congress-intervals';
import { datasetOf } from './test-records';

const HEADER = 'org,ordinal,name,start,end\n';
const congresses = (rows: string) =>
	datasetOf({ organizations: 'id,name\na,Alpha\nb,Beta\nc,Gamma\n', congresses: HEADER + rows })
		.congresses;

describe('intervalStats', () => {
	it('gives the mean and the longest gap, with the dates either side', () => {
		// The rhythm the issue names: 1992, 1993, 1994, 1995, 2000, 2004, 2015, 2020.
		const rows = [1992, 1993, 1994, 1995, 2000, 2004, 2015, 2020].map(
			(y, i) => `a,${i + 1},C,${y},`
		);
		const stats = intervalStats(congresses(rows.join('\n')));
		expect(stats).toMatchObject({ events: 8, dated: 8 });
		expect(stats.mean).toBeCloseTo(28 / 7, 10);
		expect(stats.longest).toEqual({ years: 11, from: '2004', to: '2015' });
	});

	it('counts dated events only, in date order whatever the file order, end date as fallback', () => {
		const stats = intervalStats(
			congresses('a,,Late,2003-06-15,\na,,Undated,,\na,,Early,,1999-06-15\na,,Middle,2000-06-15,')
		);
		expect(stats).toMatchObject({ events: 4, dated: 3 });
		expect(roundYears(stats.mean!)).toBe(2);
		expect(stats.longest).toMatchObject({ from: '2000-06-15', to: '2003-06-15' });
		expect(roundYears(stats.longest!.years)).toBe(3);
	});

	it('has no interval with fewer than two dated events', () => {
		expect(intervalStats(congresses('a,,Only,1995,\na,,Undated,,'))).toEqual({
			events: 2,
			dated: 1,
			mean: null,
			longest: null
		});
		expect(intervalStats([])).toEqual({ events: 0, dated: 0, mean: null, longest: null });
	});

	it('groups by organization', () => {
		const stats = statsByOrg(congresses('a,,X,1990,\nb,,Y,1991,\na,,Z,1996,'));
		expect([...stats.keys()]).toEqual(['a', 'b']);
		expect(stats.get('a')!.mean).toBe(6);
		expect(stats.get('b')!.mean).toBeNull();
	});
});
