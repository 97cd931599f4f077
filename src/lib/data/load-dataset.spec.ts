import { describe, expect, it } from 'vitest';
import { loadDataset, type InputFile, type LoadProgress } from './load-dataset';

const file = (name: string, text: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(text)
});

describe('loadDataset', () => {
	it('infers nodes from an edge list alone and keeps parallel edges and self-loops', () => {
		const ds = loadDataset([
			file(
				'e.csv',
				'source,target,type\nA,B,split\nA,B,coalition\nA,B,coalition\nC,C,cooperation\n'
			)
		]);
		expect(ds.organizations.map((o) => o.id).sort()).toEqual(['A', 'B', 'C']);
		expect(ds.relations).toHaveLength(4);
		expect(ds.relations[0]).toMatchObject({
			source: 'A',
			target: 'B',
			type: 'split',
			directed: true
		});
		expect(ds.relations[1]!.directed).toBe(false);
		expect(ds.diagnostics.map((d) => `${d.line}:${d.reason}`)).toEqual([
			'4:duplicate-row',
			'5:self-loop'
		]);
		expect(ds.accounts[0]).toMatchObject({ rowsRead: 4, imported: 4, duplicates: 1 });
	});

	it('accounts for every row: rows read = imported + rejected', () => {
		const ds = loadDataset([
			file('e.csv', 'source,target,start\nA,B,1991\n,B,1992\nA,,\nA,B,someday\n')
		]);
		const [account] = ds.accounts;
		expect(account).toMatchObject({ rowsRead: 4, imported: 2, rejected: 2, warned: 1 });
		expect(account!.imported + account!.rejected).toBe(account!.rowsRead);
		const lines = ds.diagnostics.map((d) => `${d.line}:${d.reason}`);
		expect(lines).toEqual(['3:empty-endpoint', '4:empty-endpoint', '5:unparseable-date']);
		expect(ds.diagnostics[0]!.detail).toBe('"source" is empty - the row was skipped');
		expect(ds.diagnostics[0]!.column).toBe(1);
	});

	it('joins node, congress and membership tables and rejects rows pointing nowhere', () => {
		const ds = loadDataset([
			file(
				'organizations.csv',
				'id,name,name_native,aliases,kind,founded\nsk,Union of Communists,Союз коммунистов,SK|СК,party,1991-11-17\nsk,Again,,,party,\n'
			),
			file('relations.csv', 'source,target,type\nsk,rcwp,member_of\n'),
			file(
				'congresses.csv',
				'org,ordinal,name,start,location\nsk,1,I Congress,1991-11,Moscow\nnobody,2,II,1993,\n'
			),
			file('membership.csv', 'org,date,members,kind\nsk,2010,"2,000",stated\n')
		]);
		expect(ds.organizations.find((o) => o.id === 'sk')).toMatchObject({
			name: 'Union of Communists',
			aliases: ['SK', 'СК'],
			founded: '1991-11-17'
		});
		expect(ds.organizations.map((o) => o.id)).toEqual(['sk', 'rcwp']);
		expect(ds.congresses).toHaveLength(1);
		expect(ds.membership[0]).toMatchObject({ members: 2000, kind: 'stated' });
		const reasons = ds.diagnostics.map((d) => `${d.file}:${d.line}:${d.reason}`);
		expect(reasons).toEqual([
			'organizations.csv:3:duplicate-id',
			'relations.csv:2:unknown-endpoint',
			'congresses.csv:3:unknown-org'
		]);
		for (const a of ds.accounts) expect(a.imported + a.rejected).toBe(a.rowsRead);
		expect(ds.accounts.find((a) => a.table === 'organizations')).toMatchObject({
			rowsRead: 2,
			imported: 1,
			rejected: 1
		});
	});

	it('reads a headerless SNAP-style file as source, target', () => {
		const ds = loadDataset([file('snap.txt', '# comment\n1\t2\n2\t3\n')]);
		expect(ds.relations.map((r) => [r.source, r.target])).toEqual([
			['1', '2'],
			['2', '3']
		]);
	});

	it('explains a table it cannot read', () => {
		const ds = loadDataset([file('x.csv', 'alpha,beta\n1,2\n')]);
		expect(ds.diagnostics[0]).toMatchObject({
			file: 'x.csv',
			line: 0,
			severity: 'error',
			reason: 'unreadable-file'
		});
	});
});

describe('loadDataset progress', () => {
	it('reports bytes and rows while reading, then rows while checking', () => {
		const rows = Array.from({ length: 45_000 }, (_, i) => `n${i},n${i + 1}`);
		const bytes = new TextEncoder().encode(`source,target\n${rows.join('\n')}\n`);
		const seen: LoadProgress[] = [];
		loadDataset([{ name: 'p.csv', bytes }], {}, { onProgress: (p) => seen.push(p) });
		const reading = seen.filter((p) => p.stage === 'reading');
		const checking = seen.filter((p) => p.stage === 'checking');
		expect(reading.at(-1)).toMatchObject({
			bytesDone: bytes.length,
			bytesTotal: bytes.length,
			rows: 45_001
		});
		expect(reading.map((p) => p.bytesDone)).toEqual(
			[...reading.map((p) => p.bytesDone)].sort((a, b) => a - b)
		);
		expect(checking.map((p) => p.rowsChecked)).toEqual([20_000, 40_000]);
	});
});

describe('loadDataset on a large file', () => {
	it('imports 300,000 rows without exhausting the call stack', { timeout: 30_000 }, () => {
		const rows = Array.from({ length: 300_000 }, (_, i) => `n${i % 1000},n${(i * 7) % 1000}`);
		const ds = loadDataset([file('big.csv', `source,target\n${rows.join('\n')}\n`)]);
		expect(ds.relations).toHaveLength(300_000);
		expect(ds.accounts[0]).toMatchObject({ rowsRead: 300_000, imported: 300_000 });
	});
});
