// Diagnostics grouped by reason for the report panel, and totals over every file's account.
import type { Dataset, Diagnostic } from './types';

export interface DiagnosticGroup {
	reason: string;
	severity: 'error' | 'warning';
	diagnostics: Diagnostic[];
}

/** Groups by reason, rejections first, then by size; each group keeps file and line order. */
export function groupDiagnostics(diagnostics: Diagnostic[]): DiagnosticGroup[] {
	const groups = new Map<string, DiagnosticGroup>();
	for (const d of diagnostics) {
		let group = groups.get(d.reason);
		if (!group) {
			group = { reason: d.reason, severity: d.severity, diagnostics: [] };
			groups.set(d.reason, group);
		}
		if (d.severity === 'error') group.severity = 'error';
		group.diagnostics.push(d);
	}
	const bySeverity = (g: DiagnosticGroup) => (g.severity === 'error' ? 0 : 1);
	return [...groups.values()].sort(
		(a, b) => bySeverity(a) - bySeverity(b) || b.diagnostics.length - a.diagnostics.length
	);
}

export interface Totals {
	rowsRead: number;
	imported: number;
	rejected: number;
	warned: number;
	duplicates: number;
}

export function totals(dataset: Pick<Dataset, 'accounts'>): Totals {
	const sum: Totals = { rowsRead: 0, imported: 0, rejected: 0, warned: 0, duplicates: 0 };
	for (const a of dataset.accounts) {
		sum.rowsRead += a.rowsRead;
		sum.imported += a.imported;
		sum.rejected += a.rejected;
		sum.warned += a.warned;
		sum.duplicates += a.duplicates;
	}
	return sum;
}
