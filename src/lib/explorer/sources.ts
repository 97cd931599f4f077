// Provenance and links: a `source_ref` cell holds one or more references separated by " ; ".
// Each is shown as text (a seed document and locator) or as a link, but only for http(s) URLs.

export type SourcePart =
	| { kind: 'link'; href: string; text: string }
	| { kind: 'text'; text: string }
	/** One of the default dataset's seed documents: named by its title (catalogue key
	 * `source.seed.<number>`) rather than its file name, which means nothing to a reader. */
	| { kind: 'seed'; file: string; number: string; locator: string };

/** The seed documents the default dataset was built from (data/README.md). */
const SEED_FILES = new Set([
	'000_7ee03641dc6052d5.txt',
	'001_736fc8ba64ce28c1.txt',
	'002_4d9258613c24280d.txt',
	'003_f3d25e5191fb10f5.txt',
	'004_8ff2f96a62ff8e34.txt'
]);
const SEED_REF = /^(\d{3})_[0-9a-f]{16}\.txt/;

/** True for an absolute http:// or https:// URL with a host; anything else is never a link. */
export function isHttpUrl(value: string): boolean {
	// Two addresses with a space between are two references, not one link to a mangled address.
	if (!/^https?:\/\/\S+$/i.test(value.trim())) return false;
	try {
		const url = new URL(value.trim());
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

function textParts(text: string, seedTitles: boolean): SourcePart[] {
	const seed = seedTitles ? SEED_REF.exec(text) : null;
	if (seed && SEED_FILES.has(seed[0]))
		return [
			{ kind: 'seed', file: seed[0], number: seed[1]!, locator: text.slice(seed[0].length).trim() }
		];
	// Addresses inside other text ("see https://…") are links; the words around them stay text.
	const parts: SourcePart[] = [];
	let last = 0;
	for (const match of text.matchAll(/https?:\/\/\S+/gi)) {
		const href = trimTrailing(match[0]);
		if (!isHttpUrl(href)) continue;
		const before = text.slice(last, match.index).trim();
		if (before) parts.push({ kind: 'text', text: before });
		parts.push({ kind: 'link', href, text: href });
		last = match.index + href.length;
	}
	const rest = text.slice(last).trim();
	if (rest) parts.push({ kind: 'text', text: rest });
	return parts;
}

/** A sentence's full stop or a closing bracket is not part of the address; a bracket it opened is
 * (Wikipedia's `…_(party)`). */
function trimTrailing(url: string): string {
	let end = url.length;
	for (;;) {
		const last = url[end - 1];
		const open = url.slice(0, end).split('(').length;
		const close = url.slice(0, end).split(')').length;
		if (last && '.,;:'.includes(last)) end--;
		else if (last === ')' && close > open) end--;
		else return url.slice(0, end);
	}
}

/** The references of a `source_ref` cell; `seedTitles` only for the default dataset, whose seed
 * documents have titles (a user's own file of the same name is theirs, not ours). */
export function splitSources(ref: string, seedTitles = false): SourcePart[] {
	return ref
		.split(/\s;\s|\s*\n\s*/)
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.flatMap((part) => textParts(part, seedTitles));
}

/** A multi-valued cell ("a|b|c") as its values. */
export function splitValues(cell: string): string[] {
	return cell
		.split('|')
		.map((value) => value.trim())
		.filter((value) => value !== '');
}

/** A period of partial dates: "1993-04 – 2001", "1991", "– 2001", or '' when both are unknown;
 * each date written by `date` (the interface language's format), ISO when not given. */
export function formatPeriod(
	start: string,
	end: string,
	date: (value: string) => string = (value) => value
): string {
	if (start && end) return start === end ? date(start) : `${date(start)} – ${date(end)}`;
	if (start) return date(start);
	if (end) return `– ${date(end)}`;
	return '';
}
