import { describe, expect, it } from 'vitest';
import { memoryBudget } from './memory-budget';

describe('memoryBudget', () => {
	it("leaves a margin, and takes what the page already holds from the page's share", () => {
		const budget = memoryBudget({ jsHeapSizeLimit: 1000, usedJSHeapSize: 300 });
		expect(budget).toEqual({ worker: 850, page: 550 });
	});

	it('assumes the usual 4 GB limit where the browser does not tell', () => {
		expect(memoryBudget({ jsHeapSizeLimit: 0, usedJSHeapSize: 0 }).worker).toBeCloseTo(
			0.85 * 4 * 1024 ** 3
		);
	});
});
