// data/README.md states figures about the default dataset; this keeps them true when rows are added.
// Rows are counted with d3-dsv, a different CSV reader than the app's.
import { csvParse } from 'd3-dsv';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('data/README.md', 'utf8');
const table = (name: string) => csvParse(readFileSync(`data/${name}`, 'utf8'));
const csvFiles = readdirSync('data').filter((name) => name.endsWith('.csv'));

describe('data/README.md', () => {
	it.each(csvFiles)('states the row count of %s in its schema heading', (name) => {
		const heading = new RegExp(`^### ${name.replace('.', '\\.')} \\((\\d+) rows?\\)$`, 'm');
		const stated = heading.exec(readme)?.[1];
		expect(stated, `no "### ${name} (N rows)" heading`).toBeDefined();
		expect(Number(stated)).toBe(table(name).length);
	});

	it('states the number of signers of the 2014 statement', () => {
		const signers = table('relations.csv').filter(
			(r) => r.type === 'co_signature' && r.target === 'stmt-ukraine-2014'
		);
		const stated = [...readme.matchAll(/(?:its|exactly) (\d+) signers\b/g)].map((m) =>
			Number(m[1])
		);
		expect(stated.length).toBeGreaterThan(0);
		for (const n of stated) expect(n).toBe(signers.length);
	});
});
