// Runs in the browser project: the real import worker, with a page share small enough to outgrow.
import { ImportTooBig } from '$lib/data/import-client';
import { describe, expect, it } from 'vitest';
import { importWithGraph } from './import-graph';

const edgeList = (rows: number) => {
	const lines = ['source,target'];
	for (let i = 0; i < rows; i++) lines.push(`x${i},y${i}`);
	return new TextEncoder().encode(lines.join('\n') + '\n');
};

describe('importWithGraph', () => {
	it('stops an import whose graph outgrows the page’s share, and says what it held', async () => {
		// Before reading, 20,000 rows fit (14 MB); their 40,000 organizations do not (48 MB in all).
		const budget = { worker: 1e12, page: 20e6 };
		const error = await importWithGraph(
			[{ name: 'many.csv', bytes: edgeList(20_000) }],
			{},
			{ budget }
		).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ImportTooBig);
		const { heldSoFar, need } = error as ImportTooBig;
		expect(heldSoFar!.relations).toBeGreaterThan(0);
		expect(heldSoFar!.relations).toBeLessThan(20_000);
		expect(need!.page).toBeGreaterThan(budget.page);
	});

	it('imports the same file when the share is large enough', async () => {
		const { graph } = await importWithGraph(
			[{ name: 'many.csv', bytes: edgeList(20_000) }],
			{},
			{
				budget: { worker: 1e12, page: 1e9 }
			}
		);
		expect(graph.size).toBe(20_000);
		expect(graph.order).toBe(40_000);
	});
});
