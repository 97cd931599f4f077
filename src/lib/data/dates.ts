// Partial dates: keep the precision the source gave ('1991', '1991-09', '1991-09-07'); never invent a day.

export type DateResult = { ok: true; iso: string } | { ok: false; error: string };

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/;
const DOTTED = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/;
const MONTH_YEAR = /^(\d{1,2})[./](\d{4})$/;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return month === 2 && leap ? 29 : (DAYS[month - 1] ?? 31);
}

function build(year: number, month?: number, day?: number): DateResult {
	if (year < 1 || year > 9999) return { ok: false, error: `year ${year} is out of range` };
	let iso = String(year).padStart(4, '0');
	if (month === undefined) return { ok: true, iso };
	if (month < 1 || month > 12) return { ok: false, error: `month ${month} does not exist` };
	iso += '-' + String(month).padStart(2, '0');
	if (day === undefined) return { ok: true, iso };
	if (day < 1 || day > daysInMonth(year, month)) {
		return { ok: false, error: `day ${day} does not exist in ${iso}` };
	}
	return { ok: true, iso: iso + '-' + String(day).padStart(2, '0') };
}

/**
 * Reads the date forms found in real spreadsheets. `DD.MM.YYYY` is read day-first (European), except
 * when the second number cannot be a month (`12.17.2016` is December 17, from a US source).
 * An empty string is an unknown date, not an error.
 */
export function parseDate(raw: string): DateResult {
	const text = raw.trim();
	if (text === '') return { ok: true, iso: '' };
	let m = ISO.exec(text);
	if (m)
		return build(Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined);
	m = YEAR_FIRST_SLASH.exec(text);
	if (m) return build(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined);
	m = DOTTED.exec(text);
	if (m) {
		const a = Number(m[1]);
		const b = Number(m[2]);
		const year = Number(m[3]);
		return b > 12 && a <= 12 ? build(year, a, b) : build(year, b, a);
	}
	m = MONTH_YEAR.exec(text);
	if (m) return build(Number(m[2]), Number(m[1]));
	return {
		ok: false,
		error: `"${text}" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or DD.MM.YYYY)`
	};
}

/** Earliest day a partial date can mean, as a sortable number YYYYMMDD. */
export function lowerBound(iso: string): number {
	const [y, m, d] = iso.split('-');
	return Number(y) * 10000 + Number(m ?? 1) * 100 + Number(d ?? 1);
}

/** Latest day a partial date can mean ('1993' lasts all of 1993), as YYYYMMDD. */
export function upperBound(iso: string): number {
	const [y, m, d] = iso.split('-');
	const year = Number(y);
	const month = Number(m ?? 12);
	const day = d ? Number(d) : daysInMonth(year, month);
	return year * 10000 + month * 100 + day;
}

/** True when a start and end can be in this order: they may share a year or month. */
export function isOrdered(start: string, end: string): boolean {
	if (!start || !end) return true;
	// Same as lowerBound(start) <= upperBound(end): compare at the coarser of the two precisions.
	const length = Math.min(start.length, end.length);
	return start.slice(0, length) <= end.slice(0, length);
}

/** The year of a partial date, or null when unknown. */
export function yearOf(iso: string): number | null {
	return iso ? Number(iso.slice(0, 4)) : null;
}
