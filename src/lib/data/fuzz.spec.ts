// Property-based fuzzing of the import pipeline (fast-check, fixed seed so failures reproduce).
// `npm test` runs 10,000 generated files; `npm run fuzz` runs many more with a random seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isReservedId } from './reserved-ids';
import { loadDataset } from './load-dataset';

// FUZZ_SEED=random picks a new seed per run; fast-check prints it with any failure to reproduce.
const seed =
	process.env.FUZZ_SEED === 'random'
		? Date.now() % 2 ** 31
		: Number(process.env.FUZZ_SEED ?? 20261122);
const numRuns = Number(process.env.FUZZ_RUNS ?? 10_000);

const NEWLINES = ['\n', '\r\n', '\r'] as const;
const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Values the importer reads as "no value"; a fuzzed id must not be one of them. */
const NULLISH = new Set(['NA', '\\N']);

/** Cells as a spreadsheet would write them: quoted when they hold a delimiter, quote or newline. */
function writeCell(cell: string, delimiter: string, alwaysQuote: boolean): string {
	const needs =
		alwaysQuote ||
		/["\r\n]/.test(cell) ||
		cell.includes(delimiter) ||
		cell.startsWith('#') ||
		cell !== cell.trim();
	return needs ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const id = fc.string({
	unit: fc.oneof(
		fc.constantFrom('a', 'Б', ',', ';', '"', '\n', '|', '\t', '#', ' ', 'é', '_'),
		fc.constantFrom('__proto__', 'constructor', '9007199254740993')
	),
	minLength: 0,
	maxLength: 12
});

const table = fc.record({
	rows: fc.array(fc.tuple(id, id, fc.constantFrom('split', 'coalition', '', 'ally')), {
		minLength: 0,
		maxLength: 8
	}),
	delimiter: fc.constantFrom(...DELIMITERS),
	newline: fc.constantFrom(...NEWLINES),
	bom: fc.boolean(),
	alwaysQuote: fc.boolean(),
	trailingNewline: fc.boolean()
});

describe('import pipeline under fuzzing', () => {
	it(
		`never throws, accounts for every row, and keeps ids exactly (${numRuns} files)`,
		{ timeout: 300_000 },
		() => {
			fc.assert(
				fc.property(table, ({ rows, delimiter, newline, bom, alwaysQuote, trailingNewline }) => {
					const lines = [['source', 'target', 'type'], ...rows].map((row) =>
						row.map((cell) => writeCell(cell, delimiter, alwaysQuote)).join(delimiter)
					);
					const text =
						(bom ? '\uFEFF' : '') + lines.join(newline) + (trailingNewline ? newline : '');
					const dataset = loadDataset([
						{ name: 'fuzz.csv', bytes: new TextEncoder().encode(text) }
					]);

					const account = dataset.accounts[0]!;
					expect(account.imported + account.rejected).toBe(account.rowsRead);
					expect(account.rowsRead).toBe(rows.length);
					// A row is imported exactly when both endpoints have a value that may be a node id;
					// a row with a reserved id (__proto__, constructor…) is reported as such.
					const present = (cell: string) => cell.trim() !== '' && !NULLISH.has(cell.trim());
					const usable = rows.filter(
						([s, t]) =>
							present(s) && present(t) && !isReservedId(s.trim()) && !isReservedId(t.trim())
					);
					const reserved = rows.filter(
						([s, t]) =>
							present(s) && present(t) && (isReservedId(s.trim()) || isReservedId(t.trim()))
					);
					expect(dataset.diagnostics.filter((d) => d.reason === 'reserved-id')).toHaveLength(
						reserved.length
					);
					expect(dataset.relations.map((r) => [r.source, r.target])).toEqual(
						usable.map(([s, t]) => [s.trim(), t.trim()])
					);
					const expectedIds = new Set(usable.flatMap(([s, t]) => [s.trim(), t.trim()]));
					expect(new Set(dataset.organizations.map((o) => o.id))).toEqual(expectedIds);
				}),
				{ seed, numRuns }
			);
		}
	);
});
