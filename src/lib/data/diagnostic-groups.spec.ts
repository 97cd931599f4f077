import { describe, expect, it } from 'vitest';
import { groupDiagnostics, totals } from './diagnostic-groups';
import { loadDataset } from './load-dataset';

describe('groupDiagnostics and totals', () => {
	it('groups by reason with rejections first, and totals add up over files', () => {
		const ds = loadDataset([
			{
				name: 'e.csv',
				bytes: new TextEncoder().encode('source,target\nA,A\nB,B\n,C\nD,D\nA,A\n')
			},
			{ name: 'f.csv', bytes: new TextEncoder().encode('source,target\nX,\n') }
		]);
		const groups = groupDiagnostics(ds.diagnostics);
		expect(groups.map((g) => [g.reason, g.severity, g.diagnostics.map((d) => d.line)])).toEqual([
			['empty-endpoint', 'error', [4, 2]],
			['self-loop', 'warning', [2, 3, 5, 6]],
			['duplicate-row', 'warning', [6]]
		]);
		expect(totals(ds)).toEqual({ rowsRead: 6, imported: 4, rejected: 2, warned: 4, duplicates: 1 });
	});
});
