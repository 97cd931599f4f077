// Cyrillic → Latin transliteration and a loose Latin "sound key", so that one spelling of a name
// finds the others: "КПРФ", "KPRF" and "CPRF" all become "kprf"; "Союз" and "Soyuz" both "soiuz".

const CYRILLIC: Record<string, string> = {
	а: 'a',
	б: 'b',
	в: 'v',
	г: 'g',
	д: 'd',
	е: 'e',
	ё: 'e',
	ж: 'zh',
	з: 'z',
	и: 'i',
	й: 'i',
	к: 'k',
	л: 'l',
	м: 'm',
	н: 'n',
	о: 'o',
	п: 'p',
	р: 'r',
	с: 's',
	т: 't',
	у: 'u',
	ф: 'f',
	х: 'kh',
	ц: 'ts',
	ч: 'ch',
	ш: 'sh',
	щ: 'shch',
	ъ: '',
	ы: 'y',
	ь: '',
	э: 'e',
	ю: 'yu',
	я: 'ya',
	// Ukrainian and Belarusian letters
	і: 'i',
	ї: 'i',
	є: 'e',
	ґ: 'g',
	ў: 'u'
};

/** Lower-case Cyrillic letters to Latin (a BGN/PCGN-like scheme); other characters pass through. */
export function cyrillicToLatin(text: string): string {
	let out = '';
	for (const char of text) out += CYRILLIC[char] ?? char;
	return out;
}

// Applied in order to lower-case text. Digraphs first, so "ch" is not read as "c" + "h".
const FOLDS: [RegExp, string][] = [
	[/shch|sch/g, 'sh'],
	[/tch/g, 'ch'],
	// Keys are lower case, so capitals can hold the digraphs while single letters are folded.
	[/ch/g, 'C'],
	[/sh/g, 'S'],
	[/zh/g, 'Z'],
	[/kh/g, 'h'],
	[/ph/g, 'f'],
	[/tz|cz/g, 'ts'],
	[/x/g, 'ks'],
	[/[cq]/g, 'k'],
	[/w/g, 'v'],
	[/[yj]/g, 'i'],
	[/C/g, 'ch'],
	[/S/g, 'sh'],
	[/Z/g, 'zh']
];
// Doubled letters are spelled inconsistently across scripts and by people ("Komunist").
const DOUBLES: [RegExp, string] = [/(.)\1+/g, '$1'];

/**
 * The sound key of already normalized text (lower case, no diacritics): Cyrillic is
 * transliterated, then Latin spellings that sound alike are folded together.
 */
export function soundKey(normalized: string, collapseDoubles = true): string {
	let key = cyrillicToLatin(normalized);
	for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
	return collapseDoubles ? key.replace(...DOUBLES) : key;
}
