// When an organization exists and when a relation is in force, for a span of time (a year, or a
// window of years). Partial dates count for their whole extent: '1993' overlaps every day of 1993.
import { lowerBound, upperBound } from '../data/dates';

/** A closed span of days as sortable YYYYMMDD numbers (see data/dates.ts). */
export interface TimeSpan {
	from: number;
	to: number;
}

/** Relation types that happen at a date and stay part of the story from then on. */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
	'split',
	'merger',
	'expulsion',
	'co_signature',
	'founded'
]);

/** The whole of the years `from`..`to` (one year when `to` is omitted). */
export function yearSpan(from: number, to = from): TimeSpan {
	return { from: from * 10000 + 101, to: to * 10000 + 1231 };
}

/**
 * Founded on or before the span's end and not dissolved before its start. An unknown date is
 * open: no founding date means "always there", no dissolution date means "still there".
 */
export function existsDuring(founded: string, dissolved: string, span: TimeSpan): boolean {
	return (
		(founded === '' || lowerBound(founded) <= span.to) &&
		(dissolved === '' || upperBound(dissolved) >= span.from)
	);
}

/**
 * When an organization enters the map: its founding date, else the earliest date of a dated
 * relation it takes part in (an event's date, a period's start), unless that falls after its
 * dissolution (a contradiction in the data); '' (always there) when there is none.
 */
export function firstSeen(
	founded: string,
	dissolved: string,
	relations: readonly { type: string; start: string; end: string }[]
): string {
	if (founded) return founded;
	let first = '';
	for (const r of relations) {
		const date = isEventLike(r.type, r.start, r.end) ? eventDate(r.start, r.end) : r.start;
		if (date && (first === '' || lowerBound(date) < lowerBound(first))) first = date;
	}
	return first && dissolved && lowerBound(first) > upperBound(dissolved) ? '' : first;
}

/** Events, and relations given only a start, hold from their date on. */
export function isEventLike(type: string, start: string, end: string): boolean {
	return EVENT_TYPES.has(type) || (start !== '' && end === '');
}

/** The date an event happened: its start, or its end when only that is known. */
export function eventDate(start: string, end: string): string {
	return start || end;
}

/**
 * Events are in force from their date on (an undated event always); other relations while their
 * period [start, end] overlaps the span, with unknown bounds open.
 */
export function inForceDuring(type: string, start: string, end: string, span: TimeSpan): boolean {
	if (isEventLike(type, start, end)) {
		const date = eventDate(start, end);
		return date === '' || lowerBound(date) <= span.to;
	}
	return (
		(start === '' || lowerBound(start) <= span.to) && (end === '' || upperBound(end) >= span.from)
	);
}

/**
 * A dated event that may have happened within the last `years` years of the span (the span's end
 * year counts as one of them): these are drawn emphasised.
 */
export function isRecentEvent(
	type: string,
	start: string,
	end: string,
	span: TimeSpan,
	years: number
): boolean {
	if (years <= 0 || !isEventLike(type, start, end)) return false;
	const date = eventDate(start, end);
	if (date === '') return false;
	const endYear = Math.floor(span.to / 10000);
	const earliest = (endYear - years + 1) * 10000 + 101;
	return upperBound(date) >= earliest && lowerBound(date) <= span.to;
}
