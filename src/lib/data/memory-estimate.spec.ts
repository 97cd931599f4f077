import { describe, expect, it } from 'vitest';
import { fitsBudget, memoryNeed, pageHeldBy, shapeOf, xmlMemoryNeed } from './memory-estimate';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('shapeOf', () => {
	it('counts rows and cells whatever the line endings and delimiter', () => {
		expect(shapeOf(bytes('a,b,c\n1,2,3\n4,5,6\n'))).toEqual({ bytes: 18, rows: 3, cells: 9 });
		expect(shapeOf(bytes('a;b\r\n1;2')).rows).toBe(2);
		expect(shapeOf(bytes('a\tb\r1\t2\r3\t4\r'))).toMatchObject({ rows: 3, cells: 6 });
		expect(shapeOf(new Uint8Array())).toEqual({ bytes: 0, rows: 0, cells: 0 });
	});
});

describe('memoryNeed', () => {
	const mb = 1024 * 1024;
	it('grows with rows, cells and bytes, and the page side with rows', () => {
		const small = memoryNeed([{ bytes: mb, rows: 10_000, cells: 30_000 }]);
		const more = memoryNeed([{ bytes: mb, rows: 20_000, cells: 30_000 }]);
		expect(more.worker).toBeGreaterThan(small.worker);
		expect(more.page).toBe(2 * small.page);
	});

	it('matches the peaks measured: 500,000 rows of 6 cells (19 MB) need 300–450 MB in the worker', () => {
		const need = memoryNeed([{ bytes: 19.4e6, rows: 500_000, cells: 3_000_000 }]);
		expect(need.worker / 1e6).toBeGreaterThan(300);
		expect(need.worker / 1e6).toBeLessThan(450);
		expect(need.page / 1e6).toBeGreaterThan(350);
	});

	it('fits a budget only when both sides fit', () => {
		const need = { worker: 100, page: 200 };
		expect(fitsBudget(need, { worker: 100, page: 200 })).toBe(true);
		expect(fitsBudget(need, { worker: 99, page: 1000 })).toBe(false);
		expect(fitsBudget(need, { worker: 1000, page: 199 })).toBe(false);
	});
});

describe('xmlMemoryNeed', () => {
	it('counts node and edge elements, not their containers or look-alikes, GEXF and GraphML alike', () => {
		const gexf = bytes(
			'<gexf><graph><nodes><node id="a"/><node\tid="b"></node><nodes2/><nodeX/></nodes>' +
				'<edges><edge source="a" target="b"/></edges></graph></gexf>'
		);
		expect(xmlMemoryNeed(gexf)).toEqual({
			worker: 0,
			page: gexf.length * 2 + 2 * pageHeldBy(2, 1)
		});
		const graphml = bytes(
			'<graphml><graph><node id="a"/>\n<edge source="a" target="a">\n</edge></graph></graphml>'
		);
		expect(xmlMemoryNeed(graphml).page).toBe(graphml.length * 2 + 2 * pageHeldBy(1, 1));
	});

	it('needs more than a budget of 1 GB for a million edges, and little for a small file', () => {
		const edges = bytes('<edge source="a" target="b"/>'.repeat(1_000_000));
		expect(fitsBudget(xmlMemoryNeed(edges), { worker: 0, page: 1024 ** 3 })).toBe(false);
		expect(xmlMemoryNeed(bytes('<node id="a"/>')).page).toBeLessThan(10_000);
	});
});
