import { loadDataset } from '$lib/data/load-dataset';
import { buildGraph } from '$lib/graph/build-graph';
import { ALL_VISIBLE } from '$lib/graph/visibility';
import { describe, expect, it } from 'vitest';
import { sortRows, tableData } from './table-rows';

const bytes = (text: string) => new TextEncoder().encode(text);
const dataset = loadDataset([
	{
		name: 'organizations.csv',
		bytes: bytes(
			'id,name,kind,founded,dissolved\n' +
				'a,Alpha,party,1991,\nb,Бета,movement,1990-02,1999\nc,Gamma,statement,,\nd,Delta,party,1995,\n'
		)
	},
	{
		name: 'relations.csv',
		bytes: bytes('source,target,type\na,b,split\na,c,co_signature\nb,c,co_signature\na,b,merger\n')
	}
]);
const graph = buildGraph(dataset);

describe('tableData', () => {
	it('lists every organization with degree and counts per relation type', () => {
		const { rows, types } = tableData(graph, dataset.organizations, ALL_VISIBLE);
		expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(types).toEqual(['split', 'merger', 'co_signature']);
		expect(rows[0]).toMatchObject({ degree: 3, counts: { split: 1, merger: 1, co_signature: 1 } });
		expect(rows[3]).toMatchObject({ degree: 0, counts: {} });
	});

	it('gives the mean and longest interval between congresses, null with fewer than two', () => {
		const congresses = loadDataset([
			{ name: 'organizations.csv', bytes: bytes('id,name\na,Alpha\nb,Beta\nd,Delta\n') },
			{
				name: 'congresses.csv',
				bytes: bytes(
					'org,ordinal,name,start\na,1,I,1992\na,2,II,1993\na,3,III,1997\nb,1,I,1995\nd,1,I,2000\nd,2,II,2010\n'
				)
			}
		]).congresses;
		const { rows } = tableData(graph, dataset.organizations, ALL_VISIBLE, congresses);
		expect(rows[0]).toMatchObject({ meanInterval: 2.5, longestInterval: 4 });
		expect(rows[1]).toMatchObject({ meanInterval: null, longestInterval: null });
		const sorted = (direction: 'ascending' | 'descending') =>
			sortRows(rows, 'longestInterval', direction).map((r) => r.id);
		// No interval goes last either way, in name order (Cyrillic after Latin).
		expect(sorted('descending')).toEqual(['d', 'a', 'c', 'b']);
		expect(sorted('ascending')).toEqual(['a', 'd', 'c', 'b']);
	});

	it('respects visibility: hidden organizations and their relations are not counted', () => {
		const { rows, types } = tableData(graph, dataset.organizations, {
			nodes: new Set(['a', 'b', 'd']),
			edges: null
		});
		expect(rows.map((r) => r.id)).toEqual(['a', 'b', 'd']);
		expect(rows[0]).toMatchObject({ degree: 2, counts: { split: 1, merger: 1 } });
		expect(types).toEqual(['split', 'merger']);
	});
});

describe('sortRows', () => {
	const { rows } = tableData(graph, dataset.organizations, ALL_VISIBLE);
	const ids = (column: Parameters<typeof sortRows>[1], direction: 'ascending' | 'descending') =>
		sortRows(rows, column, direction).map((r) => r.id);

	it('sorts by any column either way', () => {
		expect(ids('name', 'ascending')).toEqual(['a', 'd', 'c', 'b']);
		expect(ids('degree', 'descending')).toEqual(['a', 'b', 'c', 'd']);
		expect(ids('type:co_signature', 'descending')).toEqual(['c', 'a', 'b', 'd']);
		expect(ids('kind', 'ascending')).toEqual(['b', 'a', 'd', 'c']);
	});

	it('sorts names by their letters, not by the quotation marks around them', () => {
		const quoted = loadDataset([
			{
				name: 'organizations.csv',
				bytes: bytes(
					'id,name\nk,«Kolomna Bush»\nr,"""Red"" Front"\nz,Zeta\nl,(Left) Bloc\nal,All-Union Party\nav,«Авангард»\n'
				)
			}
		]);
		const table = tableData(buildGraph(quoted), quoted.organizations, ALL_VISIBLE);
		const byName = (locale: string) =>
			sortRows(table.rows, 'name', 'ascending', locale).map((r) => r.name);
		expect(byName('en')).toEqual([
			'All-Union Party',
			'«Kolomna Bush»',
			'(Left) Bloc',
			'"Red" Front',
			'Zeta',
			'«Авангард»'
		]);
		// In Russian, Cyrillic comes first.
		expect(byName('ru')[0]).toBe('«Авангард»');
	});

	it('puts unknown dates last in both directions', () => {
		expect(ids('founded', 'ascending')).toEqual(['b', 'a', 'd', 'c']);
		expect(ids('founded', 'descending')).toEqual(['d', 'a', 'b', 'c']);
		expect(ids('dissolved', 'descending')[0]).toBe('b');
	});
});
