// Provenance and links: a `source_ref` cell holds one or more references separated by " ; ".
// Each is shown as text (a seed document and locator) or as a link, but only for http(s) URLs.

export type SourcePart =
	{ kind: 'link'; href: string; text: string } | { kind: 'text'; text: string };

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
		.map((part) =>
			isHttpUrl(part) ? { kind: 'link', href: part, text: part } : { kind: 'text', text: part }
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
