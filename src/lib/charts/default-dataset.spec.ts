// The chart maths on the default dataset, read from data/*.csv by the real import pipeline.
import { loadDataset } from '$lib/data/load-dataset';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { binCongresses } from './congress-bins';
import { statsByOrg } from './congress-intervals';

const names = ['organizations.csv', 'relations.csv', 'congresses.csv', 'membership.csv'];
const dataset = loadDataset(
	names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(`data/${name}`)) }))
);
// Counted by a different CSV reader than the app's.
const rows = (name: string) => csvParse(readFileSync(`data/${name}`, 'utf8')).length;

describe('charts of the default dataset', () => {
	it('imports every congress row, and the histogram accounts for each of them', () => {
		expect(dataset.congresses).toHaveLength(rows('congresses.csv'));
		const bins = binCongresses(dataset.congresses, {
			shown: () => true,
			kindOf: () => '',
			nameOf: (org) => org
		})!;
		expect(bins.totals.reduce((a, b) => a + b, 0)).toBe(bins.dated);
		expect(bins.dated + bins.undated.length).toBe(dataset.congresses.length);
		expect(bins.undated.length).toBeGreaterThan(0);
	});

	it("shows the Union of Communists' longest pause between the VII and VIII Congresses", () => {
		const sk = statsByOrg(dataset.congresses).get('sk')!;
		expect(sk.longest).toMatchObject({ from: '2004-03', to: '2015-01-31' });
		expect(sk.longest!.years).toBeGreaterThan(10);
		expect(sk.mean!).toBeGreaterThan(3);
		expect(sk.mean!).toBeLessThan(4);
	});
});
