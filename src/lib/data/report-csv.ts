// The import report as CSV: one row per file account, then one per diagnostic. Cells that a
// spreadsheet would run as a formula (= + - @ tab CR at the start) are escaped with a quote mark.
import { toCsv } from './csv-write';
import type { Dataset } from './types';

export const REPORT_COLUMNS = ['file', 'line', 'column', 'severity', 'reason', 'detail'] as const;

export function reportRows(dataset: Pick<Dataset, 'accounts' | 'diagnostics'>): string[][] {
	const rows: string[][] = [];
	for (const a of dataset.accounts) {
		const detail =
			`${a.table}: rows read ${a.rowsRead} = ${a.imported} imported + ${a.rejected} rejected; ` +
			`${a.warned} with warnings, ${a.duplicates} duplicate; encoding ${a.encoding}`;
		rows.push([a.file, '', '', 'info', 'rows-read', detail]);
	}
	for (const d of dataset.diagnostics)
		rows.push([
			d.file,
			String(d.line),
			d.column ? String(d.column) : '',
			d.severity,
			d.reason,
			d.detail
		]);
	return rows;
}

export function reportCsv(dataset: Pick<Dataset, 'accounts' | 'diagnostics'>): string {
	return toCsv([[...REPORT_COLUMNS], ...reportRows(dataset)]);
}
