import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, toCsv } from './csv-write';
import { parseTable } from './parse-table';

describe('toCsv', () => {
	it('reads back cell for cell, formulas prefixed with a quote mark and nothing else changed', () => {
		const cell = fc.string({
			unit: fc.constantFrom('a', 'Я', ',', '"', '\n', '\r', '=', '+', '-', '@', '\t', ' ', '1')
		});
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
				(body) => {
					const rows = [['a', 'b'], ...body];
					const read = parseTable(toCsv(rows), { delimiter: ',' }).rows;
					const expected = rows.map((row) => row.map((c) => (FORMULA_START.test(c) ? `'${c}` : c)));
					expect(read).toEqual(expected);
				}
			),
			{ seed: 8, numRuns: 300 }
		);
	});

	it('ends lines with CRLF and quotes only where needed', () => {
		expect(
			toCsv([
				['id', 'name'],
				['a', 'x, y'],
				['b', '=1+1']
			])
		).toBe('id,name\r\na,"x, y"\r\nb,"\'=1+1"');
	});
});
