import { describe, expect, it } from 'vitest';
import { membershipBars } from './membership-bars';
import { datasetOf } from './test-records';

const dataset = datasetOf({
	organizations:
		'id,name,kind\na,Alpha,party\nb,Бета,movement\nc,Gamma,faction\nd,Delta,party\ne,Epsilon,party\n',
	membership:
		'org,date,members,kind\n' +
		'a,2010,150000,stated\na,1995,90000,claimed\na,2010,140000,estimate\n' +
		'b,,500,claimed\nb,,700,stated\n' +
		'c,,40,estimate\nc,2001,60,stated\n' +
		'e,2020,700,claimed\n'
});
const all = () => true;

describe('membershipBars', () => {
	it('draws the latest dated figure (file order breaks ties), else the last undated one', () => {
		const { bars } = membershipBars(dataset.membership, dataset.organizations, all);
		const a = bars.find((b) => b.org === 'a')!;
		expect(a.latest).toMatchObject({ date: '2010', members: 140000, kind: 'estimate' });
		expect(a.history.map((f) => f.members)).toEqual([90000, 150000, 140000]);
		expect(a.all).toHaveLength(3);
		expect(bars.find((b) => b.org === 'b')!.latest.members).toBe(700);
		// A dated figure beats an undated one, wherever it stands in the file.
		expect(bars.find((b) => b.org === 'c')!.latest).toMatchObject({ date: '2001', members: 60 });
	});

	it('sorts largest first, ties by name, and counts organizations without a figure', () => {
		const { bars, without } = membershipBars(dataset.membership, dataset.organizations, all);
		// Equal figures by name; the collator puts Latin before Cyrillic.
		expect(bars.map((b) => b.org)).toEqual(['a', 'e', 'b', 'c']);
		expect(bars.map((b) => b.latest.members)).toEqual([140000, 700, 700, 60]);
		expect(without).toBe(1);
	});

	it('breaks ties by the letters of the name, not by quotation marks', () => {
		const quoted = datasetOf({
			organizations: 'id,name\nq,«Zarya»\np,Pravda\nk,«Kolomna Bush»\n',
			membership: 'org,date,members,kind\nq,2001,10,stated\np,2001,10,stated\nk,2001,10,stated\n'
		});
		const { bars } = membershipBars(quoted.membership, quoted.organizations, all);
		expect(bars.map((b) => b.name)).toEqual(['«Kolomna Bush»', 'Pravda', '«Zarya»']);
	});

	it('follows what is shown: hidden organizations are neither drawn nor counted', () => {
		const shown = (id: string) => id !== 'a' && id !== 'd';
		const { bars, without } = membershipBars(dataset.membership, dataset.organizations, shown);
		expect(bars.map((b) => b.org)).toEqual(['e', 'b', 'c']);
		expect(without).toBe(0);
	});
});
