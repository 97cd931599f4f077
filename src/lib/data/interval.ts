// Gephi's interval sets: `<[1991,1993];[1995,1995]>`, `[1991, 1993]`, `(1991,1993)`; also timesets `<[1991]>`.
// A relation keeps one span: the earliest start and the latest end of the set.
import { parseDate } from './dates';

export type IntervalResult =
	{ ok: true; start: string; end: string } | { ok: false; error: string };

export function parseInterval(raw: string): IntervalResult {
	const body = raw.trim().replace(/^</, '').replace(/>$/, '');
	const parts = body.match(/[[(][^\])]*[\])]/g);
	if (!parts) return { ok: false, error: `"${raw}" is not an interval like [1991, 1993]` };
	let start = '';
	let end = '';
	for (const part of parts) {
		const bounds = part
			.slice(1, -1)
			.split(/[,;]/)
			.map((b) => b.trim());
		const parsed = bounds.map(parseDate);
		const failed = parsed.find((p) => !p.ok);
		if (failed && !failed.ok) return { ok: false, error: failed.error };
		const isos = parsed.map((p) => (p.ok ? p.iso : ''));
		const first = isos[0] ?? '';
		const last = isos[isos.length - 1] ?? first;
		if (first && (!start || first < start)) start = first;
		if (last && (!end || last > end)) end = last;
	}
	return { ok: true, start, end };
}
