import { afterEach, describe, expect, it } from 'vitest';
import { formatDate } from './format-date';
import { formatMessage, parse, placeholders, pluralCategories } from './format-message';
import { catalogueKeys, i18n, preferredLocale, t, template } from './i18n.svelte';

afterEach(() => {
	i18n.locale = 'en';
});

describe('catalogues', () => {
	it('has every English key in Russian too', () => {
		expect(catalogueKeys('ru').sort()).toEqual(catalogueKeys('en').sort());
	});

	it('parses every message, and both languages use the same placeholders', () => {
		const mismatched = catalogueKeys('en').filter(
			(key) =>
				placeholders(template('en', key)!).join() !== placeholders(template('ru', key)!).join()
		);
		expect(mismatched).toEqual([]);
	});

	it('spells out every plural form each language needs', () => {
		const needed = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] };
		const missing: string[] = [];
		for (const locale of ['en', 'ru'] as const) {
			for (const key of catalogueKeys(locale)) {
				for (const found of pluralCategories(template(locale, key)!)) {
					const absent = needed[locale].filter((c) => !found.includes(c));
					if (absent.length) missing.push(`${locale} ${key}: ${absent.join(', ')}`);
				}
			}
		}
		expect(missing).toEqual([]);
	});
});

/** Names of the values some message counts with a plural: these are numbers of things. */
function countNames(): Set<string> {
	const found = new Set(['count']);
	const walk = (parts: ReturnType<typeof parse>) => {
		for (const part of parts) {
			if (part.kind !== 'plural') continue;
			found.add(part.name);
			part.branches.forEach(walk);
		}
	};
	for (const locale of ['en', 'ru'] as const)
		for (const key of catalogueKeys(locale)) walk(parse(template(locale, key)!));
	return found;
}

/**
 * A number written straight before its noun, outside a plural: "{rows} rows", "{count} событий".
 * English: any value followed by a plural noun (except the "W × H pixels" of a size); Russian: a
 * counted value followed by a word (not a preposition such as «в» or «из», nor an abbreviation
 * such as «г.», which agrees with any number).
 */
function bareCounts(locale: 'en' | 'ru'): string[] {
	const counts = countNames();
	const noun = locale === 'en' ? /^ [a-z]+s\b/ : /^ (?![а-яё]{1,4}\.)[а-яё]{3,}/;
	const found: string[] = [];
	for (const key of catalogueKeys(locale)) {
		const parts = parse(template(locale, key)!);
		parts.forEach((part, i) => {
			const next = parts[i + 1];
			const before = parts[i - 1];
			if (part.kind !== 'var' || next?.kind !== 'text' || !noun.test(next.text)) return;
			if (locale === 'ru' && !counts.has(part.name)) return;
			if (before?.kind === 'text' && before.text.endsWith('× ')) return;
			found.push(`${key}: {${part.name}}${next.text.slice(0, 12)}`);
		});
	}
	return found;
}

describe('counts', () => {
	it('says every count with its noun through a plural, in both languages', () => {
		expect(bareCounts('en')).toEqual([]);
		expect(bareCounts('ru')).toEqual([]);
	});

	it('agrees with the number in the messages that once did not', () => {
		expect(t('diagnostics.totals', { read: 1, imported: 1, rejected: 0 })).toBe(
			'1 row read = 1 imported + 0 rejected'
		);
		expect(t('charts.timeline.rowShort', { name: 'SK', count: 1 })).toBe('SK: 1 event');
		i18n.locale = 'ru';
		expect(t('charts.timeline.rowShort', { name: 'СК', count: 3 })).toBe('СК: 3 события');
		expect(t('diagnostics.totals', { read: 5, imported: 4, rejected: 1 })).toBe(
			'Прочитано 5 строк = импортировано 4 + отклонено 1'
		);
	});
});

describe('t', () => {
	it('fills placeholders, plurals and numbers per locale', () => {
		expect(t('app.summary', { organizations: 1200, relations: 1 })).toBe(
			'1,200 organizations, 1 relation'
		);
		i18n.locale = 'ru';
		expect(t('app.summary', { organizations: 1, relations: 3 })).toBe('1 организация, 3 связи');
		expect(t('app.summary', { organizations: 1200, relations: 21 })).toBe(
			'1\u00a0200 организаций, 21 связь'
		);
	});

	it('falls back to English, then to the key', () => {
		i18n.locale = 'ru';
		expect(t('no.such.key')).toBe('no.such.key');
	});
});

describe('formatMessage', () => {
	const number = (n: number) => String(n);

	it('picks exact, then CLDR category, then other', () => {
		const message = '{n, plural, =0 {none} one {# item} other {# items}}';
		expect(formatMessage(message, { n: 0 }, 'en', number)).toBe('none');
		expect(formatMessage(message, { n: 1 }, 'en', number)).toBe('1 item');
		expect(formatMessage(message, { n: 5 }, 'en', number)).toBe('5 items');
	});

	it('fills placeholders inside a branch, and leaves # alone outside plurals', () => {
		const message = '#{tag}: {n, plural, one {{name} has # tie} other {{name} has # ties}}';
		expect(formatMessage(message, { n: 2, name: 'SK', tag: 'a' }, 'en', number)).toBe(
			'#a: SK has 2 ties'
		);
		// A value containing # or braces stays as it is.
		expect(formatMessage('{n, plural, other {{name}}}', { n: 2, name: '#{x}' }, 'en', number)).toBe(
			'#{x}'
		);
	});

	it('keeps a placeholder without a value visible, and rejects malformed messages', () => {
		expect(formatMessage('a {b} c', {}, 'en', number)).toBe('a {b} c');
		expect(() => parse('{n, plural, one {x}}')).toThrow(/other/);
		expect(() => parse('a {b')).toThrow(/unbalanced/);
		expect(() => parse('{b c}')).toThrow(/placeholder/);
	});
});

describe('formatDate', () => {
	it('keeps the precision of the data', () => {
		expect(formatDate('1991', 'en')).toBe('1991');
		expect(formatDate('1992-04', 'en')).toBe('Apr 1992');
		expect(formatDate('1992-04-25', 'en')).toBe('Apr 25, 1992');
		expect(formatDate('1992-04-25', 'ru')).toBe('25 апр. 1992 г.');
		expect(formatDate('1992-04', 'ru')).toMatch(/^апр\.? 1992 г\.$/);
	});

	it('shows anything that is not a real ISO date as written', () => {
		for (const value of ['12.17.2016', '2001-13', '2001-02-30', 'soon', '']) {
			expect(formatDate(value, 'en')).toBe(value);
		}
	});

	it('does not shift early years into the 1900s', () => {
		expect(formatDate('0050-01-01', 'en')).toBe('Jan 1, 50');
	});
});

describe('preferredLocale', () => {
	it('takes the first supported browser language', () => {
		expect(preferredLocale(['de-DE', 'ru-RU', 'en'])).toBe('ru');
		expect(preferredLocale(['en-GB', 'ru'])).toBe('en');
		expect(preferredLocale(['uk', 'fr'])).toBe('en');
		expect(preferredLocale([])).toBe('en');
	});
});
