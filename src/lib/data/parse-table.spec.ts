import { describe, expect, it } from 'vitest';
import { parseTable } from './parse-table';

describe('parseTable', () => {
	it.each([
		[',', '\n'],
		[';', '\r\n'],
		['\t', '\r'],
		['|', '\n']
	])('detects delimiter %j and line ending %j', (delimiter, newline) => {
		const text =
			['a', 'b', 'c'].join(delimiter) + newline + ['1', '2', '3'].join(delimiter) + newline;
		const table = parseTable(text);
		expect(table.delimiter).toBe(delimiter);
		expect(table.newline).toBe(newline);
		expect(table.rows).toEqual([
			['a', 'b', 'c'],
			['1', '2', '3']
		]);
	});

	it('keeps quoted delimiters, doubled quotes and newlines, and counts lines through them', () => {
		const text = 'source,target,notes\n"A, Inc.",B,"said ""no""\nthen left"\nC,D,x\n';
		const table = parseTable(text);
		expect(table.rows[1]).toEqual(['A, Inc.', 'B', 'said "no"\nthen left']);
		expect(table.lines).toEqual([1, 2, 4]);
	});

	it('skips comment and blank lines but keeps true line numbers', () => {
		const text = '# exported 2024\nsource,target\n\nA,B\n# note\nC,D\n';
		const table = parseTable(text);
		expect(table.rows).toEqual([
			['source', 'target'],
			['A', 'B'],
			['C', 'D']
		]);
		expect(table.lines).toEqual([2, 4, 6]);
	});

	it('skips a comment line holding a quote without swallowing the next rows', () => {
		const table = parseTable('source,target\n# he said "hi\nA,B\n"#quoted",C\n');
		expect(table.rows).toEqual([
			['source', 'target'],
			['A', 'B'],
			['#quoted', 'C']
		]);
		expect(table.lines).toEqual([1, 3, 4]);
		expect(table.malformed.size).toBe(0);
	});

	it('reads null markers as empty cells', () => {
		const table = parseTable('a,b,c\n\\N,NA,x\n');
		expect(table.rows[1]).toEqual(['', '', 'x']);
	});

	it('flags an unclosed quote on its row', () => {
		const table = parseTable('a,b\n"x,y\n');
		expect([...table.malformed.values()][0]).toMatch(/never closed/);
	});

	it('keeps ids larger than 2^53 as exact strings', () => {
		const table = parseTable('source,target\n9007199254740993,18446744073709551615\n');
		expect(table.rows[1]).toEqual(['9007199254740993', '18446744073709551615']);
	});
});
