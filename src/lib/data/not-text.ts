// Files that are not text tables at all: named by what they are, so the reader hears "this is an
// Excel workbook" rather than seeing binary garbage in a column dialog.

const SIGNATURES: [number[], string][] = [
	[[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
	[[0xff, 0xd8, 0xff], 'a JPEG image'],
	[[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
	[[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
	// .xlsx and .ods are ZIP archives; a plain .zip is one too.
	[[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is one)'],
	[[0xd0, 0xcf, 0x11, 0xe0], 'an old Excel (.xls) or Word file'],
	[[0x1f, 0x8b], 'a gzip archive']
];

const HEAD = 1024;

/** Why these bytes cannot be a table, or null when they may be one (text in some encoding). */
export function notTextReason(bytes: Uint8Array): string | null {
	if (bytes.length === 0) return 'the file is empty (0 bytes)';
	for (const [signature, what] of SIGNATURES) {
		if (signature.every((byte, i) => bytes[i] === byte))
			return `this is ${what}, not a text table; save or export it as CSV first`;
	}
	// UTF-16 has a NUL in every other byte of Latin text; anything else with NULs is binary.
	const head = bytes.subarray(0, HEAD);
	const bom = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
	if (bom) return null;
	let nul = 0;
	let evenNul = 0;
	for (let i = 0; i < head.length; i++) {
		if (head[i] !== 0) continue;
		nul++;
		if (i % 2 === 0) evenNul++;
	}
	if (nul === 0) return null;
	const utf16Like = nul >= head.length * 0.3 && (evenNul === 0 || evenNul === nul);
	return utf16Like
		? null
		: 'this looks like a binary file, not a text table (it contains NUL bytes)';
}
