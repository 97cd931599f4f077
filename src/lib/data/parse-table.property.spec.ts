// Property tests (fast-check, fixed seed): any table, written with any delimiter, quoting, line
// ending and BOM, reads back cell for cell, and the row accounting always holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';
import { loadDataset } from './load-dataset';
import { DELIMITERS, parseTable } from './parse-table';

const SEED = 20240607;
const NEWLINES = ['\n', '\r\n', '\r'] as const;
const NULLS = new Set(['\\N', 'NA']);

/** Cells with quotes, spaces, Cyrillic and line breaks; `delimiters` adds the four delimiters. */
const cell = (delimiters: boolean) =>
	fc
		.array(
			fc.constantFrom(
				...['a', 'Z', '7', ' ', '"', 'я', 'Ё', '-', '#', '\n', '\r\n'],
				...(delimiters ? DELIMITERS : [])
			),
			{ maxLength: 8 }
		)
		.map((chars) => chars.join(''));

const table = (delimiters: boolean) =>
	fc.integer({ min: 2, max: 5 }).chain((width) =>
		fc.array(fc.array(cell(delimiters), { minLength: width, maxLength: width }), {
			minLength: 1,
			maxLength: 12
		})
	);

interface Style {
	delimiter: string;
	newline: string;
	quoteAll: boolean;
	bom: 'none' | 'utf-8' | 'utf-16le';
	trailingNewline: boolean;
}
const style = fc.record({
	delimiter: fc.constantFrom(...DELIMITERS),
	newline: fc.constantFrom(...NEWLINES),
	quoteAll: fc.boolean(),
	bom: fc.constantFrom('none', 'utf-8', 'utf-16le'),
	trailingNewline: fc.boolean()
}) as fc.Arbitrary<Style>;

function write(rows: string[][], s: Style): string {
	const quote = (c: string) =>
		s.quoteAll || /["\r\n]|^#/.test(c) || c.includes(s.delimiter) || c.trim() !== c
			? `"${c.replace(/"/g, '""')}"`
			: c;
	const text = rows.map((row) => row.map(quote).join(s.delimiter)).join(s.newline);
	return s.trailingNewline ? text + s.newline : text;
}

function encode(text: string, bom: Style['bom']): Uint8Array {
	if (bom === 'utf-16le') {
		const out = new Uint8Array(2 + text.length * 2);
		out.set([0xff, 0xfe]);
		for (let i = 0; i < text.length; i++) {
			out[2 + i * 2] = text.charCodeAt(i) & 0xff;
			out[3 + i * 2] = text.charCodeAt(i) >> 8;
		}
		return out;
	}
	const body = new TextEncoder().encode(text);
	return bom === 'utf-8' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
}

const expected = (rows: string[][]) =>
	rows.map((row) => row.map((c) => (NULLS.has(c.trim()) ? '' : c)));

describe('parseTable properties', () => {
	it('reads back any table written with a given delimiter, in any chunk size', () => {
		fc.assert(
			fc.property(table(true), style, fc.integer({ min: 3, max: 64 }), (rows, s, chunk) => {
				const text = decodeBytes(encode(write(rows, s), s.bom)).text;
				const parsed = parseTable(text, { delimiter: s.delimiter, chunkChars: chunk });
				expect(parsed.rows).toEqual(expected(rows));
				expect(parsed.malformed.size).toBe(0);
				// A row starts one line after the previous one, plus the line endings inside its cells.
				let line = 1;
				const lines = rows.map((row) => {
					const at = line;
					line += 1 + row.join('').split(s.newline).length - 1;
					return at;
				});
				expect(parsed.lines).toEqual(lines);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});

	it('detects the delimiter, line ending and encoding of a table with a header', () => {
		fc.assert(
			fc.property(table(false), style, (rows, s) => {
				const header = rows[0]!.map((_, i) => `col${i}`);
				const decoded = decodeBytes(encode(write([header, ...rows], s), s.bom));
				expect(decoded.encoding).toBe(s.bom === 'utf-16le' ? 'utf-16le' : 'utf-8');
				const parsed = parseTable(decoded.text);
				expect(parsed.delimiter).toBe(s.delimiter);
				expect(parsed.rows).toEqual(expected([header, ...rows]));
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});

describe('row accounting properties', () => {
	it('imports or reports every row: rows read = imported + rejected', () => {
		fc.assert(
			fc.property(table(true), style, fc.boolean(), (rows, s, merge) => {
				const header = ['source', 'target', ...rows[0]!.slice(2).map((_, i) => `extra${i}`)];
				const text = write([header, ...rows], s);
				const ds = loadDataset([{ name: 'e.csv', bytes: encode(text, s.bom) }], {
					mergeDuplicates: merge
				});
				const [account] = ds.accounts;
				expect(account!.rowsRead).toBe(rows.length);
				expect(account!.imported + account!.rejected).toBe(account!.rowsRead);
				expect(ds.relations).toHaveLength(account!.imported);
				const rejectedLines = ds.diagnostics.filter((d) => d.severity === 'error');
				expect(rejectedLines).toHaveLength(account!.rejected);
			}),
			{ seed: SEED, numRuns: 300 }
		);
	});
});
