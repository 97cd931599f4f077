// Hostile and broken files (tests/fixtures/bad): each gets a clear message or a partial import
// with diagnostics; none throws, takes more than a second, or pollutes prototypes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

	it('keeps ids such as __proto__ and constructor as plain data', () => {
		const bytes = new Uint8Array(readFileSync(join(dir, 'proto-ids.csv')));
		const { dataset } = load([{ name: 'proto-ids.csv', bytes }]);
		expect(dataset.organizations.map((o) => o.id).sort()).toEqual(
			['__proto__', 'constructor', 'hasOwnProperty', 'prototype', 'valueOf'].sort()
		);
		const relation = dataset.relations[0]!;
		expect(Object.getPrototypeOf(relation.attributes)).toBe(Object.prototype);
		expect(Object.getOwnPropertyNames(relation.attributes)).toContain('__proto__');
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
