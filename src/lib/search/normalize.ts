// Text normalization for search: case, diacritics, punctuation and spacing never decide a match.

/**
 * Lower case, diacritics removed (é → e, ё → е, й → и), quotes and punctuation turned into
 * spaces, runs of spaces collapsed. Letters of every script and digits are kept.
 */
export function normalize(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

// Words skipped when an acronym is made from a name ("Communist Party of the Russian Federation" → CPRF).
const STOP_WORDS = new Set([
	'of',
	'the',
	'and',
	'for',
	'in',
	'on',
	'a',
	'an',
	'и',
	'в',
	'во',
	'за',
	'на',
	'по'
]);

/** Initial letters of the significant words of a normalized name, or '' when under two words. */
export function acronym(normalized: string): string {
	const words = normalized.split(' ').filter((word) => word && !STOP_WORDS.has(word));
	return words.length < 2 ? '' : words.map((word) => word[0]).join('');
}
