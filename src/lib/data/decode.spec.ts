import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

const text = 'source,target\nКПРФ,СК\n';

function utf16le(s: string, bom: boolean): Uint8Array {
	const body = new Uint8Array(s.length * 2);
	for (let i = 0; i < s.length; i++) {
		body[i * 2] = s.charCodeAt(i) & 0xff;
		body[i * 2 + 1] = s.charCodeAt(i) >> 8;
	}
	return bom ? new Uint8Array([0xff, 0xfe, ...body]) : body;
}

/** Windows-1251 for the Cyrillic capitals used above (А-Я are 0xC0-0xDF). */
function cp1251(s: string): Uint8Array {
	return new Uint8Array(
		[...s].map((c) => (c >= 'А' && c <= 'Я' ? 0xc0 + c.charCodeAt(0) - 0x410 : c.charCodeAt(0)))
	);
}

describe('decodeBytes', () => {
	it('reads UTF-8 and strips its BOM', () => {
		const bytes = new TextEncoder().encode('\uFEFF' + text);
		expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-8', bom: true });
		expect(decodeBytes(new TextEncoder().encode(text))).toEqual({
			text,
			encoding: 'utf-8',
			bom: false
		});
	});

	it('reads UTF-16 by its BOM, and without one by its zero bytes', () => {
		expect(decodeBytes(utf16le(text, true))).toMatchObject({
			text,
			encoding: 'utf-16le',
			bom: true
		});
		expect(decodeBytes(utf16le('source,target\nA,B\n', false))).toMatchObject({
			encoding: 'utf-16le'
		});
	});

	it('falls back to Windows-1251 when the bytes are not UTF-8', () => {
		expect(decodeBytes(cp1251(text))).toEqual({ text, encoding: 'windows-1251', bom: false });
	});

	it('obeys an override', () => {
		expect(decodeBytes(cp1251(text), 'windows-1251').text).toBe(text);
	});
});
