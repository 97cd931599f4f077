// When an organization or relation holds, as the whole days Gephi's timeline works with. The rules
// are the time control's (time-rules.ts): a partial date counts for all of it, events hold from their
// date on, unknown bounds are open. Gephi reads these as intervals of `timeformat="date"`.
import { lowerBound, upperBound } from '$lib/data/dates';
import { eventDate, isEventLike } from '$lib/graph/time-rules';

/** Inclusive bounds as YYYY-MM-DD; null is open (no start: always; no end: still). */
export interface DaySpan {
	start: string | null;
	end: string | null;
}

function day(bound: number): string {
	const year = Math.floor(bound / 10000);
	const month = Math.floor(bound / 100) % 100;
	const date = bound % 100;
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function organizationSpan(founded: string, dissolved: string): DaySpan {
	return {
		start: founded ? day(lowerBound(founded)) : null,
		end: dissolved ? day(upperBound(dissolved)) : null
	};
}

export function relationSpan(type: string, start: string, end: string): DaySpan {
	if (isEventLike(type, start, end)) {
		const date = eventDate(start, end);
		return { start: date ? day(lowerBound(date)) : null, end: null };
	}
	return {
		start: start ? day(lowerBound(start)) : null,
		end: end ? day(upperBound(end)) : null
	};
}

export const isDated = (span: DaySpan) => span.start !== null || span.end !== null;

/** Gephi's interval notation, `<[1991-01-01, 2001-12-31]>`; '' when both ends are open. */
export function gephiInterval(span: DaySpan): string {
	if (!isDated(span)) return '';
	return `<[${span.start ?? '-Infinity'}, ${span.end ?? 'Infinity'}]>`;
}
