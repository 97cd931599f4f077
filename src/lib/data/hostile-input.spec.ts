// Hostile and broken files (tests/fixtures/bad): each gets a clear message or a partial import
// with diagnostics; none throws, takes more than a second, or pollutes prototypes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeXmlTools } from '../../../scripts/xml-tools-node';
import { buildGraph } from '../graph/build-graph';
import { loadDataset, type InputFile } from './load-dataset';

const dir = join(process.cwd(), 'tests/fixtures/bad');
const csvFixtures = readdirSync(dir).filter((name) => name.endsWith('.csv'));

function load(files: InputFile[]) {
	const started = performance.now();
	const dataset = loadDataset(files);
	return { dataset, ms: performance.now() - started };
}

function expectHonestAccounting(dataset: ReturnType<typeof loadDataset>) {
	for (const account of dataset.accounts) {
		expect(account.imported + account.rejected).toBe(account.rowsRead);
	}
}

afterEach(() => {
	// Nothing may have been written onto shared prototypes by ids like __proto__ or constructor.
	expect(Object.keys(Object.prototype)).toEqual([]);
	expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('hostile files', () => {
	it.each(csvFixtures)('%s: no exception, honest accounting, within a second', (name) => {
		const { dataset, ms } = load([{ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }]);
		expectHonestAccounting(dataset);
		expect(ms).toBeLessThan(1000);
		const imported = dataset.accounts.reduce((n, a) => n + a.imported, 0);
		// Either something was imported, or a diagnostic says why not.
		expect(imported > 0 || dataset.diagnostics.some((d) => d.severity === 'error')).toBe(true);
	});

	it('explains an empty file and a header-only file', () => {
		const empty = load([{ name: 'empty.csv', bytes: new Uint8Array() }]).dataset;
		expect(empty.diagnostics[0]).toMatchObject({ file: 'empty.csv', reason: 'unreadable-file' });
		const headerOnly = load([
			{ name: 'h.csv', bytes: new TextEncoder().encode('source,target\n') }
		]).dataset;
		expect(headerOnly.accounts[0]).toMatchObject({ rowsRead: 0, imported: 0 });
	});

	it('reports ids such as __proto__ and constructor instead of building a graph on them', () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'proto-ids.csv')));
		const { dataset } = load([{ name: 'proto-ids.csv', bytes }]);
		// Every row names a reserved id ("prototype" is not one: Object.prototype has no such key).
		expect(dataset.relations).toEqual([]);
		expect(
			dataset.diagnostics.filter((d) => d.reason === 'reserved-id').map((d) => [d.line, d.column])
		).toEqual([
			[2, 1],
			[3, 2],
			[4, 1]
		]);
		expectHonestAccounting(dataset);
	});

	it('keeps columns named __proto__ or constructor as plain attributes, and builds the graph', () => {
		const text = 'source,target,__proto__,constructor\na,prototype,x,y\nprototype,b,1,2\n';
		const { dataset } = load([{ name: 'p.csv', bytes: new TextEncoder().encode(text) }]);
		const relation = dataset.relations[0]!;
		expect(Object.getPrototypeOf(relation.attributes)).toBe(Object.prototype);
		expect(Object.getOwnPropertyNames(relation.attributes)).toEqual(['__proto__', 'constructor']);
		const graph = buildGraph(dataset);
		expect(graph.neighbors('prototype').sort()).toEqual(['a', 'b']);
	});

	it('drops GEXF nodes and edges with reserved ids before graphology sees them', () => {
		const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph>
			<nodes><node id="a"/><node id="__proto__"/><node id="b"/></nodes>
			<edges><edge id="1" source="a" target="__proto__"/><edge id="2" source="a" target="b"/>
			<edge id="3" source="b" target="constructor"/></edges></graph></gexf>`;
		const dataset = loadDataset(
			[{ name: 'g.gexf', bytes: new TextEncoder().encode(gexf) }],
			{},
			{ xml: nodeXmlTools }
		);
		expect(dataset.organizations.map((o) => o.id).sort()).toEqual(['a', 'b']);
		expect(dataset.relations.map((r) => [r.source, r.target])).toEqual([['a', 'b']]);
		expect(dataset.diagnostics.filter((d) => d.reason === 'reserved-id')).toHaveLength(3);
		expectHonestAccounting(dataset);
	});

	it('reads weights that are not finite numbers as warnings, not as data', () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'bad-weights.csv')));
		const { dataset } = load([{ name: 'bad-weights.csv', bytes }]);
		for (const relation of dataset.relations) expect(Number.isFinite(relation.weight)).toBe(true);
		expect(dataset.diagnostics.filter((d) => d.reason === 'bad-weight').map((d) => d.line)).toEqual(
			[3, 4, 5, 6]
		);
	});

	it('survives a row of a million columns and a 50 MB line', { timeout: 60_000 }, () => {
		const wide = Array.from({ length: 1_000_000 }, (_, i) => `c${i}`).join(',');
		const a = load([
			{ name: 'wide.csv', bytes: new TextEncoder().encode(`source,target\n${wide}\n`) }
		]);
		expectHonestAccounting(a.dataset);
		expect(a.dataset.relations).toHaveLength(1);
		const line = 'x'.repeat(50 * 1024 * 1024);
		const b = load([{ name: 'long.csv', bytes: new TextEncoder().encode(line) }]);
		expect(b.dataset.diagnostics[0]).toMatchObject({
			severity: 'error',
			reason: 'unreadable-file'
		});
	});
});
