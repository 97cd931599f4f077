// How names sort for the reader: by the letters of the interface language (Cyrillic in Russian
// order), numbers by value, ignoring case, accents and punctuation, so that «Kolomna Bush» sorts
// under K rather than before every name that starts with a letter.
const collators = new Map<string, Intl.Collator>();

export function nameCollator(locale: string): Intl.Collator {
	let collator = collators.get(locale);
	if (!collator) {
		collator = new Intl.Collator(locale, {
			sensitivity: 'base',
			numeric: true,
			ignorePunctuation: true
		});
		collators.set(locale, collator);
	}
	return collator;
}
