// Dates of the data shown in the interface language, keeping their precision: a year stays a
// year, a month is shown without a day ("Apr 1992", "апр. 1992 г."). Anything that is not an ISO
// partial date is shown as written: a value from a file is never guessed at.

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, day: boolean): Intl.DateTimeFormat {
	const key = `${locale}:${day}`;
	let f = formats.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(locale, {
			year: 'numeric',
			month: 'short',
			...(day ? { day: 'numeric' } : {}),
			// The dates are calendar dates, not instants: UTC keeps them from shifting a day.
			timeZone: 'UTC'
		});
		formats.set(key, f);
	}
	return f;
}

export function formatDate(value: string, locale: string): string {
	const match = ISO.exec(value.trim());
	if (!match) return value;
	const [, year, month, day] = match;
	if (!month) return year!;
	const date = new Date(Date.UTC(Number(year), Number(month) - 1, day ? Number(day) : 1));
	// Reject 2001-13 or 2001-02-30 rather than show a different date than the file says.
	if (date.getUTCMonth() !== Number(month) - 1 || (day && date.getUTCDate() !== Number(day))) {
		return value;
	}
	// Intl counts years below 100 from 1900; setUTCFullYear keeps year 0050 as 50.
	date.setUTCFullYear(Number(year));
	return format(locale, Boolean(day)).format(date);
}
