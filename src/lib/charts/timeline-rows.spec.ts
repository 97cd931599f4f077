import { describe, expect, it } from 'vitest';
import { timelineRows } from './timeline-rows';
import { datasetOf } from './test-records';

const dataset = datasetOf({
	organizations: 'id,name,kind\na,Alpha,party\nb,Beta,movement\nc,Gamma,party\nd,Delta,party\n',
	congresses:
		'org,ordinal,name,start,end\n' +
		'a,2,II,2004,\na,1,I,2000,\nb,,Only undated,,\nc,1,I,1995-05-05,\nc,2,II,,\n'
});
const organizations = new Map(dataset.organizations.map((o) => [o.id, o]));

describe('timelineRows', () => {
	it('has one row per organization that met, by first event, undated-only rows last', () => {
		const rows = timelineRows(dataset.congresses, organizations, () => true);
		expect(rows.map((r) => r.org)).toEqual(['c', 'a', 'b']);
		expect(rows[1]!.events.map((e) => e.congress.name)).toEqual(['I', 'II']);
		expect(rows[1]!.stats.mean).toBe(4);
		expect(rows[0]!.undated.map((c) => c.name)).toEqual(['II']);
		expect(rows[2]).toMatchObject({ name: 'Beta', kind: 'movement', events: [] });
	});

	it('leaves out organizations not shown', () => {
		const rows = timelineRows(dataset.congresses, organizations, (org) => org === 'a');
		expect(rows.map((r) => r.org)).toEqual(['a']);
	});
});
