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

function textPart(text: string): SourcePart {
	const seed = SEED_REF.exec(text);
	if (!seed || !SEED_FILES.has(seed[0])) return { kind: 'text', text };
	return {
		kind: 'seed',
		file: seed[0],
		number: seed[1]!,
		locator: text.slice(seed[0].length).trim()
	};
}

/** True for an absolute http:// or https:// URL with a host; anything else is never a link. */
export function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\//i.test(value.trim())) return false;
	try {
		const url = new URL(value.trim());
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

export function splitSources(ref: string): SourcePart[] {
	return ref
		.split(/\s;\s|\s*\n\s*/)
		.map((part) => part.trim())
		.filter((part) => part !== '')
		.map((part): SourcePart =>
			isHttpUrl(part) ? { kind: 'link', href: part, text: part } : textPart(part)
		);
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
