import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/data/load-dataset';
import { previewFile } from '../src/lib/data/preview';
import { applyMap, parseArgs, UsageError } from './inspect-args';
import { inspectJson, inspectText } from './inspect-report';

const fixture = (name: string) => ({
	name,
	bytes: new Uint8Array(readFileSync(`tests/fixtures/import/${name}`))
});

function inspect(args: string[]) {
	return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/inspect.ts', ...args], {
		encoding: 'utf8'
	});
}

describe('inspect arguments', () => {
	it('reads files, --json and --map', () => {
		expect(parseArgs(['a.csv', '--json', '--map', 'source=From,target=2', 'b.csv'])).toEqual({
			paths: ['a.csv', 'b.csv'],
			json: true,
			map: [
				['source', 'From'],
				['target', '2']
			]
		});
		expect(() => parseArgs([])).toThrow(UsageError);
		expect(() => parseArgs(['a.csv', '--map', 'sauce=x'])).toThrow(/not ROLE=COLUMN/);
	});

	it('lays --map over detected roles, by name or column number', () => {
		const roles = applyMap(
			['A', 'B', 'Type'],
			['attribute', 'attribute', 'type'],
			[
				['source', 'a'],
				['target', '2'],
				['type', 'B']
			]
		);
		expect(roles).toEqual(['source', 'type', 'attribute']);
		expect(applyMap(['A'], ['attribute'], [['source', 'nope']])).toBeNull();
	});
});

describe('inspect report', () => {
	it('has exactly the documented JSON keys', () => {
		const files = [fixture('problems.csv')];
		const json = inspectJson(
			files.map((f) => previewFile(f)),
			loadDataset(files)
		);
		expect(Object.keys(json)).toEqual([
			'encoding',
			'delimiter',
			'columns',
			'rowsRead',
			'nodes',
			'edges',
			'edgesByType',
			'diagnostics'
		]);
		expect(json).toMatchObject({
			encoding: 'utf-8',
			delimiter: ',',
			rowsRead: 6,
			nodes: 4,
			edges: 4
		});
		expect(json.edgesByType).toEqual({ split: 3, other: 1 });
		expect(json.columns[0]).toEqual({ name: 'source', role: 'source' });
		expect(json.diagnostics[0]).toEqual({
			line: 3,
			reason: 'empty-endpoint',
			detail: '"source" is empty - the row was skipped'
		});
		expect(Object.keys(json.diagnostics[0]!)).toEqual(['line', 'reason', 'detail']);
	});

	it('prints encoding, delimiter, header, roles, counts and every diagnostic as text', () => {
		const files = [fixture('cp1251-semicolon.csv')];
		const text = inspectText(
			files.map((f) => previewFile(f)),
			loadDataset(files)
		);
		expect(text).toContain('encoding:   windows-1251');
		expect(text).toContain('delimiter:  ";" (semicolon)');
		expect(text).toContain('header:     Источник | Получатель | Тип');
		expect(text).toContain('columns:    Источник → source, Получатель → target, Тип → type');
		expect(text).toContain('rows read: 2\nnodes: 4\nedges: 2\nedges by type: раскол 1, слияние 1');
	});
});

describe('npm run inspect', () => {
	it('exits 0 with JSON on stdout when it imported', { timeout: 60_000 }, () => {
		const run = inspect(['tests/fixtures/import/kumu.csv', '--json']);
		expect(run.status).toBe(0);
		expect(JSON.parse(run.stdout)).toMatchObject({ nodes: 4, edges: 4 });
	});

	it('exits 1 with one line on stderr when it could not', { timeout: 60_000 }, () => {
		const missing = inspect(['tests/fixtures/import/none.csv']);
		expect(missing.status).toBe(1);
		expect(missing.stderr.trim().split('\n')).toEqual([
			'inspect: cannot read tests/fixtures/import/none.csv: ENOENT'
		]);
		expect(missing.stdout).toBe('');
		const unknown = inspect(['tests/fixtures/import/no-endpoints.csv', '--json']);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toMatch(
			/^inspect: no-endpoints\.csv: could not tell what this table is: an edge list needs source and target columns/
		);
		expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
	});
});
