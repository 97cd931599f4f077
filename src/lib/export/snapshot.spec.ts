import { describe, expect, it } from 'vitest';
import { readSnapshot, SnapshotError, writeSnapshot } from './snapshot';
import { looksLikeSnapshot } from './snapshot-format';
import { defaultDataset, drawnGraph } from './test-dataset';

const bytes = (text: string) => new TextEncoder().encode(text);

type Row = Record<string, unknown>;
interface RawSnapshot {
	version: number;
	view: string;
	display: Row;
	positions: Record<string, number[]>;
	dataset: { organizations: Row[]; relations: Row[] };
}

const dataset = defaultDataset();
const { graph } = await drawnGraph(dataset);
const text = (
	await writeSnapshot({
		dataset,
		view: '?time=1995&hideType=split&org=sk',
		display: { sizeBy: 'membership', colorBy: 'community' },
		drawn: graph,
		at: new Date('2026-11-22T10:00:00Z')
	})
).join('');

describe('snapshot files', () => {
	it('read back to the same records, view, display and positions', () => {
		const snapshot = readSnapshot(text, 'view.json');
		expect(snapshot.dataset.organizations).toEqual(dataset.organizations);
		expect(snapshot.dataset.relations).toEqual(dataset.relations);
		expect(snapshot.dataset.congresses).toEqual(dataset.congresses);
		expect(snapshot.dataset.membership).toEqual(dataset.membership);
		expect(snapshot.dataset.name).toBe(dataset.name);
		expect(snapshot.dataset.accounts.map((a) => [a.table, a.imported])).toEqual([
			['organizations', dataset.organizations.length],
			['relations', dataset.relations.length],
			['congresses', dataset.congresses.length],
			['membership', dataset.membership.length]
		]);
		expect(snapshot).toMatchObject({
			view: '?time=1995&hideType=split&org=sk',
			display: { sizeBy: 'membership', colorBy: 'community' },
			saved: '2026-11-22T10:00:00.000Z'
		});
		expect(snapshot.positions.size).toBe(graph.order);
		graph.forEachNode((node, { x, y }) => expect(snapshot.positions.get(node)).toEqual([x, y]));
	});

	it('announce themselves in their first bytes; other files do not', () => {
		expect(looksLikeSnapshot(bytes(text))).toBe(true);
		expect(looksLikeSnapshot(bytes('\uFEFF  ' + text))).toBe(true);
		expect(looksLikeSnapshot(bytes('id,name\na,A\n'))).toBe(false);
		expect(looksLikeSnapshot(bytes('{"nodes": [], "format": "splinter-snapshot"}'))).toBe(false);
	});

	it('keep ids and attribute names such as __proto__ as plain data', () => {
		const json = JSON.parse(text);
		json.dataset.organizations[0].id = '__proto__';
		json.dataset.organizations[0].attributes = JSON.parse('{"__proto__": "x", "constructor": "y"}');
		json.dataset.relations = [];
		json.positions = JSON.parse('{"__proto__": [1, 2]}');
		const snapshot = readSnapshot(JSON.stringify(json), 'x.json');
		expect(snapshot.dataset.organizations[0]!.id).toBe('__proto__');
		expect(Object.keys(snapshot.dataset.organizations[0]!.attributes)).toEqual([
			'__proto__',
			'constructor'
		]);
		expect(snapshot.positions.get('__proto__')).toEqual([1, 2]);
		expect(({} as Record<string, unknown>).x).toBeUndefined();
	});

	const broken = (change: (json: RawSnapshot) => void) => {
		const json = JSON.parse(text);
		change(json);
		return () => readSnapshot(JSON.stringify(json), 'x.json');
	};

	it.each([
		[(j: RawSnapshot) => (j.version = 2), 'snapshot.version is 2; this Splinter reads version 1'],
		[
			(j: RawSnapshot) => delete j.dataset.organizations[2]!.id,
			'snapshot.dataset.organizations[2].id is missing'
		],
		[
			(j: RawSnapshot) => (j.dataset.relations[0]!.target = 'nobody'),
			'dataset.relations[0].target "nobody" is not an organization'
		],
		[
			(j: RawSnapshot) => (j.dataset.relations[1]!.start = '12/1991'),
			'snapshot.dataset.relations[1].start is not a date like 1991, 1991-09 or 1991-09-07: "12/1991"'
		],
		[
			(j: RawSnapshot) => (j.dataset.relations[1]!.weight = 'heavy'),
			'snapshot.dataset.relations[1].weight is not a number'
		],
		[
			(j: RawSnapshot) => (j.dataset.organizations[1]!.id = j.dataset.organizations[0]!.id),
			'dataset.organizations[1].id "sk" is used twice'
		],
		[
			(j: RawSnapshot) => (j.display.colorBy = 'rainbow'),
			'snapshot.display.colorBy is "rainbow", not one of kind, community'
		],
		[(j: RawSnapshot) => (j.positions.sk = [1]), 'snapshot.positions.sk is not a pair of numbers'],
		[
			(j: RawSnapshot) => (j.view = 'time=1995'),
			'snapshot.view is not a link query (it starts with "?")'
		]
	])('refuse a broken file and say where: %#', (change, message) => {
		expect(broken(change)).toThrow(new SnapshotError(message));
	});

	it('refuse what is not JSON', () => {
		expect(() => readSnapshot('{"format": "splinter-snapshot", ', 'x.json')).toThrow(
			/not valid JSON/
		);
	});
});
