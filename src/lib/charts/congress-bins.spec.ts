import { describe, expect, it } from 'vitest';
import { binCongresses, congressSpan, snapYears } from './congress-bins';
import { datasetOf } from './test-records';

const dataset = datasetOf({
	organizations: 'id,name,kind\na,Alpha,party\nb,Beta,movement\nc,Gamma,party\n',
	congresses:
		'org,ordinal,name,start,end\n' +
		'a,1,I,1992-04-25,1992-04-26\na,2,II,1993,\na,3,III,1993-12,\na,4,IV,,\n' +
		'b,1,I,1993-06,\nb,2,II,,1999-02-01\n' +
		'c,1,I,1995,\n'
});
const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));
const options = (shown: (org: string) => boolean = () => true) => ({
	shown,
	kindOf: (org: string) => organizations.get(org)!.kind,
	nameOf: (org: string) => organizations.get(org)!.name
});
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('binCongresses', () => {
	it('bins by year over the span, and bins plus undated add up to every event', () => {
		const bins = binCongresses(dataset.congresses, options())!;
		expect([bins.from, bins.to]).toEqual([1992, 1999]);
		expect(bins.totals).toEqual([1, 3, 0, 1, 0, 0, 0, 1]);
		expect(sum(bins.totals)).toBe(bins.dated);
		expect(bins.dated + bins.undated.length).toBe(dataset.congresses.length);
		expect(bins.undated.map((c) => c.name)).toEqual(['IV']);
	});

	it('stacks organizations by kind then name, each segment resting on the one below', () => {
		const bins = binCongresses(dataset.congresses, options())!;
		expect(bins.orgs).toEqual(['b', 'a', 'c']);
		const in1993 = bins.segments.filter((s) => s.year === 1993);
		expect(in1993.map((s) => [s.org, s.y0, s.y1, s.events.length])).toEqual([
			['b', 0, 1, 1],
			['a', 1, 3, 2]
		]);
		// Segments exist only where an organization met.
		expect(bins.segments.every((s) => s.y1 - s.y0 === s.events.length && s.y1 > s.y0)).toBe(true);
	});

	it('widens the axis to the span of the whole dataset', () => {
		const bins = binCongresses(dataset.congresses, {
			...options(),
			span: { min: 1989, max: 2001 }
		})!;
		expect([bins.from, bins.to]).toEqual([1989, 2001]);
		expect(bins.totals).toHaveLength(13);
		expect(bins.totals[1993 - 1989]).toBe(3);
	});

	it('follows what is shown, and keeps the whole dataset as context', () => {
		const bins = binCongresses(
			dataset.congresses,
			options((org) => org !== 'a')
		)!;
		expect(bins.totals).toEqual([0, 1, 0, 1, 0, 0, 0, 1]);
		expect(bins.all).toEqual([1, 3, 0, 1, 0, 0, 0, 1]);
		expect(bins.undated).toEqual([]);
		expect(bins.orgs).toEqual(['b', 'c']);
	});

	it('has no histogram without a single dated event', () => {
		expect(binCongresses([], options())).toBeNull();
		const undated = dataset.congresses.filter((c) => !c.start && !c.end);
		expect(binCongresses(undated, options())).toBeNull();
	});
});

describe('snapYears', () => {
	const bins = { from: 1990, to: 2000 };
	it('snaps a brush to the whole years it reaches into, both ends included', () => {
		expect(snapYears(1992.5, 2000.5, bins)).toEqual([1992, 2000]);
		expect(snapYears(1991.9, 1995.2, bins)).toEqual([1992, 1995]);
		expect(snapYears(1995.2, 1991.9, bins)).toEqual([1992, 1995]);
		expect(snapYears(1990, 2001, bins)).toEqual([1990, 2000]);
	});

	it('picks the year a narrow brush lies in, and stays inside the axis', () => {
		expect(snapYears(1993.1, 1993.4, bins)).toEqual([1993, 1993]);
		expect(snapYears(1985, 1989, bins)).toEqual([1990, 1990]);
		expect(snapYears(2000.6, 2001, bins)).toEqual([2000, 2000]);
	});
});

describe('congressSpan', () => {
	it('covers the dated congresses and a year either side, within the time control', () => {
		expect(congressSpan(dataset.congresses)).toEqual({ min: 1991, max: 2000 });
		expect(congressSpan(dataset.congresses, { min: 1898, max: 2018 })).toEqual({
			min: 1991,
			max: 2000
		});
		expect(congressSpan(dataset.congresses, { min: 1992, max: 1999 })).toEqual({
			min: 1992,
			max: 1999
		});
		expect(congressSpan([])).toBeNull();
	});
});
