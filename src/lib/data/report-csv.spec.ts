import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset';
import { parseTable } from './parse-table';
import { reportCsv } from './report-csv';

describe('reportCsv', () => {
	it('lists every file account and diagnostic, and reads back as the same table', () => {
		const ds = loadDataset([
			{ name: 'e.csv', bytes: new TextEncoder().encode('source,target\nA,\n"B, Inc.","B, Inc."\n') }
		]);
		const table = parseTable(reportCsv(ds));
		expect(table.rows[0]).toEqual(['file', 'line', 'column', 'severity', 'reason', 'detail']);
		expect(table.rows[1]!.slice(0, 5)).toEqual(['e.csv', '', '', 'info', 'rows-read']);
		expect(table.rows[1]![5]).toContain('rows read 2 = 1 imported + 1 rejected');
		expect(table.rows.slice(2).map((r) => r.slice(0, 5))).toEqual([
			['e.csv', '2', '2', 'error', 'empty-endpoint'],
			['e.csv', '3', '', 'warning', 'self-loop']
		]);
		expect(table.rows[3]![5]).toBe('"B, Inc." is tied to itself (kept)');
	});

	it.each(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=1\n+2'])(
		'escapes %j so no spreadsheet runs it',
		(text) => {
			const csv = reportCsv({
				accounts: [],
				diagnostics: [{ file: text, line: 1, severity: 'error', reason: 'r', detail: text }]
			});
			const row = parseTable(csv, { delimiter: ',' }).rows[1]!;
			expect(row[0]).toBe(`'${text}`);
			expect(row[5]).toBe(`'${text}`);
		}
	);
});
