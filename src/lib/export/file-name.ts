// Names of exported files: `splinter-<dataset>-<as-of>-<yyyymmddThhmm>.<ext>`, so a folder of
// exports sorts by dataset, then by the time shown, then by when it was made.
import type { TimeSetting } from '$lib/graph/time-setting';

const MAX_SLUG = 48;

/** Letters and digits of any script, lower case, runs of anything else as one dash. */
export function slug(text: string): string {
	const cut = text
		.normalize('NFC')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, MAX_SLUG)
		.replace(/-+$/, '');
	return cut || 'data';
}

/** The time the view shows: `1995`, `1991-2001`, or `all-time`. */
export function asOfPart(time: TimeSetting): string {
	if (time.mode === 'point') return String(time.year);
	if (time.mode === 'window') return `${time.from}-${time.to}`;
	return 'all-time';
}

const two = (n: number) => String(n).padStart(2, '0');

/** Local time as yyyymmddThhmm: the reader's clock, as on the files' own timestamps. */
export function stamp(at: Date): string {
	return (
		`${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}` +
		`T${two(at.getHours())}${two(at.getMinutes())}`
	);
}

export function exportFileName(parts: {
	dataset: string;
	time: TimeSetting;
	at: Date;
	/** Without the dot; may have several parts, e.g. `relations.csv`. */
	ext: string;
}): string {
	return `splinter-${slug(parts.dataset)}-${asOfPart(parts.time)}-${stamp(parts.at)}.${parts.ext}`;
}
