import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notTextReason } from './not-text';

const fixture = (path: string) => new Uint8Array(readFileSync(`tests/fixtures/${path}`));
const bytes = (...values: number[]) => new Uint8Array(values);

describe('notTextReason', () => {
	it('names images, documents and workbooks by their first bytes', () => {
		expect(notTextReason(fixture('bad/image.png.csv'))).toMatch(/^this is a PNG image/);
		expect(notTextReason(bytes(0x50, 0x4b, 0x03, 0x04, 1, 2))).toMatch(/Excel \.xlsx/);
		expect(notTextReason(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toMatch(/PDF/);
	});

	it('refuses empty files and binary junk', () => {
		expect(notTextReason(new Uint8Array())).toBe('the file is empty (0 bytes)');
		expect(notTextReason(fixture('bad/junk.csv'))).toMatch(/binary file/);
	});

	it('lets text through in every encoding we read, UTF-16 without a BOM included', () => {
		for (const path of [
			'import/cp1251-semicolon.csv',
			'import/cyrillic-bom.csv',
			'import/utf16-tab.tsv',
			'bad/utf16-no-bom.csv',
			'bad/invalid-utf8.csv'
		])
			expect(notTextReason(fixture(path)), path).toBeNull();
	});
});
