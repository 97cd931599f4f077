// The template offered under "Open your own data" (static/splinter-template.csv) must import as it
// is: recognised as a relations table, no mapping step, every row imported without a diagnostic.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset';
import { previewFile } from './preview';
import { isKnownType } from './vocabulary';

const name = 'splinter-template.csv';
const bytes = new Uint8Array(readFileSync(`static/${name}`));
const rows = new TextDecoder().decode(bytes).trim().split(/\r?\n/).length - 1;

describe('the CSV template', () => {
	it('is recognised without the mapping step', () => {
		const preview = previewFile({ name, bytes });
		expect(preview).toMatchObject({ kind: 'relations', needsDecision: false, hasHeader: true });
		expect(preview.roles.slice(0, 5)).toEqual(['source', 'target', 'type', 'start', 'end']);
	});

	it('imports every row, using only the vocabulary, with no diagnostics', () => {
		const dataset = loadDataset([{ name, bytes }]);
		expect(dataset.diagnostics).toEqual([]);
		expect(dataset.relations).toHaveLength(rows);
		expect(dataset.relations.every((r) => isKnownType(r.type))).toBe(true);
		expect(dataset.organizations.length).toBeGreaterThan(2);
	});
});
