// Text and attribute values for XML documents we write by hand (SVG, GraphML) or hand to a writer.
// XML 1.0 cannot carry most control characters at all, so they are removed: a hostile label with
// U+0000 would otherwise make the whole file unreadable in Gephi, Inkscape and browsers.

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text without the characters XML 1.0 forbids. */
export function xmlSafe(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Element content: & and < (and > for good measure) escaped. */
export function xmlText(text: string): string {
	return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A double-quoted attribute value; line breaks and tabs kept as references, not normalised away. */
export function xmlAttr(text: string): string {
	return xmlText(text)
		.replace(/"/g, '&quot;')
		.replace(/\t/g, '&#9;')
		.replace(/\n/g, '&#10;')
		.replace(/\r/g, '&#13;');
}
