import { describe, expect, it } from 'vitest';
import { setOwn } from './own-record';
import { columnBuffers, fromColumns, toColumns } from './relation-columns';
import type { Relation } from './types';

const relation = (i: number, extra: Partial<Relation> = {}): Relation => ({
	id: `f.csv:${i + 2}`,
	source: `a${i}`,
	target: `b${i}`,
	type: 'split',
	directed: i % 2 === 0,
	start: i % 3 ? '1991-09' : '',
	end: '',
	label: '',
	weight: 0.5 + i,
	confidence: '',
	sourceRef: '',
	notes: '',
	attributes: {},
	origin: { file: i < 2 ? 'f.csv' : 'g.csv', line: i + 2 },
	...extra
});

describe('relation columns', () => {
	it('round-trip through structuredClone, buffers moved, empty text columns left out', () => {
		const relations = [0, 1, 2, 3].map((i) => relation(i));
		const columns = toColumns(relations);
		expect(columns.text.label).toBeNull();
		expect(columns.attributes).toBeNull();
		const copy = structuredClone(columns, { transfer: columnBuffers(columns) });
		expect(columns.line.byteLength).toBe(0);
		expect(fromColumns(copy)).toEqual(relations);
	});

	it('keep attributes, even one named __proto__, as own data', () => {
		const attributes: Record<string, string> = {};
		setOwn(attributes, '__proto__', 'x');
		const relations = [relation(0), relation(1, { attributes, notes: 'n' })];
		const back = fromColumns(structuredClone(toColumns(relations)));
		expect(back).toEqual(relations);
		expect(Object.getPrototypeOf(back[1]!.attributes)).toBe(Object.prototype);
		expect(Object.keys(back[1]!.attributes)).toEqual(['__proto__']);
	});
});
