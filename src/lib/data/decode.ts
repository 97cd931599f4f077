// Bytes to text: UTF-8 (with or without BOM), UTF-16 by BOM, and Windows-1251 when the bytes are not UTF-8.

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';
export const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251'];

export interface Decoded {
	text: string;
	encoding: EncodingName;
	/** True when the encoding was read from a byte-order mark. */
	bom: boolean;
}

function sniffBom(bytes: Uint8Array): { encoding: EncodingName; length: number } | null {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
		return { encoding: 'utf-8', length: 3 };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
	return null;
}

/** UTF-16 without a BOM shows itself by NUL bytes in every other position of Latin text. */
function sniffBomlessUtf16(bytes: Uint8Array): EncodingName | null {
	const n = Math.min(bytes.length - (bytes.length % 2), 512);
	if (n < 4) return null;
	let evenZeros = 0;
	let oddZeros = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZeros++;
		if (bytes[i + 1] === 0) oddZeros++;
	}
	const pairs = n / 2;
	if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
	if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
	return null;
}

/**
 * Decodes with an explicit encoding (the user's override) or detects one. `partial` says the bytes
 * are only the head of a file: a character cut at the end is then not taken as invalid UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, override?: EncodingName, partial = false): Decoded {
	const decode = (encoding: EncodingName, from: number, fatal = false) =>
		new TextDecoder(encoding, { fatal }).decode(bytes.subarray(from), { stream: partial });
	const bom = sniffBom(bytes);
	if (override) {
		const skip = bom && bom.encoding === override ? bom.length : 0;
		return { text: decode(override, skip), encoding: override, bom: skip > 0 };
	}
	if (bom) return { text: decode(bom.encoding, bom.length), encoding: bom.encoding, bom: true };
	const utf16 = sniffBomlessUtf16(bytes);
	if (utf16) return { text: decode(utf16, 0), encoding: utf16, bom: false };
	try {
		return { text: decode('utf-8', 0, true), encoding: 'utf-8', bom: false };
	} catch {
		return { text: decode('windows-1251', 0), encoding: 'windows-1251', bom: false };
	}
}
