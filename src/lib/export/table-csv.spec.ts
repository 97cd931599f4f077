import { loadDataset } from '$lib/data/load-dataset';
import type { Dataset, Organization, Relation } from '$lib/data/types';
import { buildGraph } from '$lib/graph/build-graph';
import type { Visibility } from '$lib/graph/visibility';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawnSubgraph, exportReducers } from './drawn-subgraph';
import { tableExport } from './table-csv';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const ALL: Visibility = { nodes: null, edges: null };

async function roundTrip(dataset: Dataset, visibility = ALL) {
	const graph = buildGraph(dataset);
	const parts = await tableExport(
		await drawnSubgraph(graph, exportReducers(graph, null, visibility)),
		dataset
	);
	const tables = {
		organizations: parts.organizations.join(''),
		relations: parts.relations.join('')
	};
	const again = loadDataset([
		file('x.organizations.csv', tables.organizations),
		file('x.relations.csv', tables.relations)
	]);
	return { tables, again };
}

const orgFields = ({ origin: _o, ...rest }: Organization) => rest;
const relFields = ({ origin: _o, id: _i, ...rest }: Relation) => rest;

describe('tableExport', () => {
	it('re-imports the default dataset record for record, with no mapping and no problems', async () => {
		const dataset = loadDataset(
			['organizations.csv', 'relations.csv'].map((name) =>
				file(name, readFileSync(`data/${name}`, 'utf8'))
			)
		);
		const { again } = await roundTrip(dataset);
		expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(again.accounts.map((a) => a.table)).toEqual(['organizations', 'relations']);
		expect(again.organizations.map(orgFields)).toEqual(dataset.organizations.map(orgFields));
		expect(again.relations.map(relFields)).toEqual(dataset.relations.map(relFields));
	});

	it('keeps unnamed columns and a direction the type does not imply, renaming clashing names', async () => {
		const dataset = loadDataset([
			file('n.csv', 'id,name,colour,org\na,A,red,x\nb,B,,y\n'),
			file('e.csv', 'source,target,type,direction,region,date\na,b,split,undirected,north,1999\n')
		]);
		const { tables, again } = await roundTrip(dataset);
		expect(tables.organizations.split('\r\n')[0]).toBe(
			'id,name,name_native,aliases,kind,founded,dissolved,country,leader,ideology,website,source_ref,notes,colour,attribute:org'
		);
		expect(tables.relations.split('\r\n')[0]).toBe(
			'source,target,type,start,end,label,weight,confidence,source_ref,notes,direction,region'
		);
		expect(again.organizations[0]!.attributes).toEqual({ colour: 'red', 'attribute:org': 'x' });
		expect(again.relations[0]).toMatchObject({ directed: false, start: '1999' });
		expect(again.relations[0]!.attributes).toEqual({ region: 'north' });
	});

	it('writes only what is shown', async () => {
		const dataset = loadDataset([file('e.csv', 'source,target,type\na,b,split\nb,c,merger\n')]);
		const { again } = await roundTrip(dataset, { nodes: new Set(['a', 'b']), edges: null });
		expect(again.organizations.map((o) => o.id)).toEqual(['a', 'b']);
		expect(again.relations.map((r) => r.type)).toEqual(['split']);
	});

	it.each(['=HYPERLINK("http://x")', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])(
		'escapes a cell starting %j against formula injection',
		async (text) => {
			const loaded = loadDataset([file('n.csv', 'id,name\na,A\n')]);
			const hostile = { ...loaded.organizations[0]!, name: text, notes: text };
			const { tables, again } = await roundTrip({ ...loaded, organizations: [hostile] });
			expect(tables.organizations).not.toMatch(/(^|,)[=+\-@\t\r]/m);
			expect(again.organizations[0]).toMatchObject({ name: `'${text}`, notes: `'${text}` });
		}
	);

	it('writes thousands of rows in parts that join into one table, row for row', async () => {
		const rows = Array.from({ length: 2500 }, (_, i) => `o${i},o${i + 1},split`);
		const dataset = loadDataset([file('e.csv', `source,target,type\n${rows.join('\n')}\n`)]);
		const { tables, again } = await roundTrip(dataset);
		expect(tables.relations.split('\r\n')).toHaveLength(2501);
		expect(again.relations.map((r) => r.source)).toEqual(dataset.relations.map((r) => r.source));
		expect(again.organizations).toHaveLength(2501);
	});
});
