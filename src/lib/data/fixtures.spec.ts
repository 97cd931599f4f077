// One small file per convention and per quirk (tests/fixtures/import), through the whole pipeline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeXmlTools } from '../../../scripts/xml-tools-node';
import { loadDataset, type LoadOptions } from './load-dataset';
import { previewFile } from './preview';
import type { Dataset } from './types';

const fixture = (name: string) => ({
	name,
	bytes: new Uint8Array(readFileSync(`tests/fixtures/import/${name}`))
});

function load(names: string[], options: LoadOptions = {}): Dataset {
	const dataset = loadDataset(names.map(fixture), options, { xml: nodeXmlTools });
	for (const a of dataset.accounts) expect(a.imported + a.rejected).toBe(a.rowsRead);
	return dataset;
}
const pairs = (ds: Dataset) => ds.relations.map((r) => `${r.source}>${r.target}:${r.type}`);

describe('conventions', () => {
	it('reads Russian headers in UTF-8 with a BOM, and DD.MM.YYYY dates', () => {
		const ds = load(['cyrillic-bom.csv']);
		expect(previewFile(fixture('cyrillic-bom.csv'))).toMatchObject({
			encoding: 'utf-8',
			bom: true
		});
		expect(pairs(ds)).toEqual(['КПРФ>РКРП:раскол', 'СК>КПРФ:split']);
		expect(ds.relations.map((r) => [r.weight, r.start])).toEqual([
			[2, '1991-09-07'],
			[1, '1993-02']
		]);
	});

	it('reads Gephi: Type is the direction, Kind the relation, intervals give the span', () => {
		const ds = load(['gephi-edges.csv', 'gephi-nodes.csv']);
		expect(pairs(ds)).toEqual(['sk>cprf:split', 'sk>cprf:coalition', 'cprf>rcwp:cooperation']);
		expect(ds.relations.map((r) => r.directed)).toEqual([true, true, false]);
		expect(ds.relations[0]).toMatchObject({
			start: '1991',
			end: '1995',
			label: 'the split',
			weight: 2
		});
		expect(ds.relations[1]).toMatchObject({ start: '1996', end: '1998' });
		expect(ds.organizations.find((o) => o.id === 'sk')).toMatchObject({
			name: 'Union of Communists',
			founded: '1991-11-17'
		});
		// Gephi would collapse the two edges that share the Id e1; both are kept, and that is said.
		expect(ds.diagnostics).toEqual([
			{
				file: 'gephi-edges.csv',
				line: 3,
				column: 5,
				severity: 'warning',
				reason: 'duplicate-edge-id',
				detail: 'edge id "e1" was already used on line 2; both edges were kept'
			}
		]);
	});

	it('reads Kumu: From/To endpoints, Strength as weight, Tags, direction, pipe-separated To', () => {
		const ds = load(['kumu.csv']);
		expect(pairs(ds)).toEqual([
			'sk>cprf:ally',
			'cprf>rcwp:rival',
			'sk>cprf:ally',
			'sk>rot-front:ally'
		]);
		expect(ds.relations.map((r) => [r.weight, r.directed])).toEqual([
			[3, false],
			[1, true],
			[2, false],
			[2, false]
		]);
		expect(ds.relations.slice(2).map((r) => r.id)).toEqual(['kumu.csv:4/1', 'kumu.csv:4/2']);
		expect(ds.accounts[0]).toMatchObject({ rowsRead: 3, imported: 3 });
		const onlyPipes = loadDataset([
			{ name: 'k.csv', bytes: new TextEncoder().encode('From,To\na, | \n') }
		]);
		expect(onlyPipes.accounts[0]).toMatchObject({ rowsRead: 1, imported: 0, rejected: 1 });
		expect(onlyPipes.diagnostics[0]).toMatchObject({
			line: 2,
			column: 2,
			reason: 'empty-endpoint'
		});
		expect(ds.relations[0]!.attributes.tags).toBe('left|russia');
	});

	it('reads Onodo: From/To holding dates are the span, Directed 1/0', () => {
		const ds = load(['onodo.csv']);
		expect(ds.relations.map((r) => [r.start, r.end, r.directed])).toEqual([
			['1992', '1993-05', true],
			['1995', '', false]
		]);
	});

	it('reads Flourish value as the weight; a missing type column means "other" without a warning', () => {
		const ds = load(['flourish.csv']);
		expect(ds.relations.map((r) => [r.type, r.weight])).toEqual([
			['other', 5],
			['other', 2.5]
		]);
		expect(ds.diagnostics).toEqual([]);
	});
});

describe('quirks', () => {
	it('falls back to Windows-1251 with a semicolon delimiter and keeps the user vocabulary', () => {
		const ds = load(['cp1251-semicolon.csv']);
		expect(ds.accounts[0]).toMatchObject({ encoding: 'windows-1251', delimiter: ';' });
		expect(pairs(ds)).toEqual(['КПРФ>РКРП:раскол', 'ВКПБ>СК:слияние']);
	});

	it('reads UTF-16 (BOM) with tabs', () => {
		const ds = load(['utf16-tab.tsv']);
		expect(ds.accounts[0]).toMatchObject({ encoding: 'utf-16le', delimiter: '\t' });
		expect(pairs(ds)).toEqual(['КПРФ>РКРП:split']);
	});

	it('reads CR-only line endings', () => {
		expect(pairs(load(['cr-only.csv']))).toEqual(['A>B:split', 'B>C:merger']);
	});

	it('reads quoting, CRLF, comments and null markers, with true line numbers', () => {
		const ds = load(['crlf-quoted.csv']);
		expect(ds.relations[0]).toMatchObject({
			source: 'Union, Inc.',
			notes: 'said "no"\r\nthen left'
		});
		expect(ds.relations.map((r) => r.origin.line)).toEqual([2, 7]);
		expect(ds.diagnostics.map((d) => `${d.line}:${d.reason}`)).toEqual([
			'5:empty-endpoint',
			'6:empty-endpoint'
		]);
	});

	it('reads a headerless SNAP file with comment lines', () => {
		const ds = load(['no-header.tsv']);
		expect(pairs(ds)).toEqual(['1>2:other', '2>3:other', '3>1:other']);
		expect(ds.relations[0]!.origin.line).toBe(3);
	});

	it('keeps ids above 2^53 exactly', () => {
		const ds = load(['big-ids.csv']);
		expect(ds.organizations.map((o) => o.id)).toEqual([
			'9007199254740993',
			'18446744073709551615',
			'9007199254740992'
		]);
	});

	it('keeps date precision and reports impossible dates by line and column', () => {
		const ds = load(['dotted-dates.csv']);
		expect(ds.relations.map((r) => [r.start, r.end])).toEqual([
			['1991-09-07', '2016-12-17'],
			['1991', '']
		]);
		expect(ds.diagnostics[0]).toMatchObject({ line: 3, column: 4, reason: 'unparseable-date' });
	});

	it('reports every problem row; duplicates are kept by default and merged on request', () => {
		const kept = load(['problems.csv']);
		expect(kept.accounts[0]).toMatchObject({
			rowsRead: 6,
			imported: 4,
			rejected: 2,
			duplicates: 1
		});
		expect(kept.diagnostics.map((d) => `${d.line}:${d.reason}`)).toEqual([
			'3:empty-endpoint',
			'4:duplicate-row',
			'5:empty-type',
			'5:unparseable-date',
			'5:bad-weight',
			'5:self-loop',
			'6:too-few-fields'
		]);
		const merged = load(['problems.csv'], { mergeDuplicates: true });
		expect(merged.accounts[0]).toMatchObject({
			rowsRead: 6,
			imported: 3,
			rejected: 3,
			duplicates: 1
		});
		expect(merged.diagnostics[1]).toMatchObject({
			line: 4,
			reason: 'duplicate-row',
			severity: 'error'
		});
	});
});

describe('Gephi files', () => {
	it('reads GEXF, keeping edges that share an id and inferring undeclared nodes', () => {
		const ds = load(['graph.gexf']);
		expect(pairs(ds)).toEqual(['sk>cprf:split', 'sk>cprf:coalition', 'cprf>rcwp:other']);
		expect(ds.relations.map((r) => r.directed)).toEqual([true, true, false]);
		expect(ds.organizations.map((o) => o.name)).toEqual(['Союз коммунистов', 'КПРФ', 'rcwp']);
		expect(ds.diagnostics.map((d) => d.reason)).toEqual(['duplicate-edge-id', 'unknown-endpoint']);
	});

	it('reads GraphML with parallel edges', () => {
		const ds = load(['graph.graphml']);
		expect(pairs(ds)).toEqual(['a>b:coalition', 'a>b:co_signature']);
		expect(ds.organizations.map((o) => o.name)).toEqual(['Alpha', 'Beta']);
	});

	it('explains an XML file it cannot parse', () => {
		const ds = loadDataset(
			[{ name: 'bad.gexf', bytes: new TextEncoder().encode('<gexf><graph>') }],
			{},
			{ xml: nodeXmlTools }
		);
		expect(ds.diagnostics[0]).toMatchObject({ reason: 'unreadable-file', file: 'bad.gexf' });
	});
});
