import { describe, expect, it } from 'vitest';
import { loadDataset } from '../src/lib/data/load-dataset';
import { generateEdgeList } from './generate';

describe('generateEdgeList', () => {
	it('is seeded, has the requested size, and imports with every node present', () => {
		const text = generateEdgeList({ nodes: 300, edges: 1500 }, 3);
		expect(generateEdgeList({ nodes: 300, edges: 1500 }, 3)).toBe(text);
		const ds = loadDataset([{ name: 'g.csv', bytes: new TextEncoder().encode(text) }]);
		expect(ds.relations).toHaveLength(1500);
		expect(ds.organizations).toHaveLength(300);
		expect(ds.accounts[0]).toMatchObject({ rowsRead: 1500, imported: 1500, rejected: 0 });
	});
});
