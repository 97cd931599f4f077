// Interface language (English or Russian) and message lookup: `t('details.kind')`, with `{name}`
// placeholders and plurals (format-message.ts). Every UI string comes from a catalogue in
// ./messages, one file per feature. Numbers and dates are formatted for the locale with Intl.
import { readChoice, writeStored } from '$lib/state/stored';
import { formatDate } from './format-date';
import { formatMessage, type MessageVars } from './format-message';

export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];
const STORAGE_KEY = 'locale';

type Catalogue = { en: Record<string, string>; ru: Record<string, string> };
// Every file in ./messages is a catalogue (one per feature); none needs registering here.
const modules = import.meta.glob<Record<string, Catalogue>>('./messages/*.ts', { eager: true });
const catalogues: Catalogue[] = Object.values(modules).flatMap((module) => Object.values(module));

const merged: Record<Locale, Map<string, string>> = {
	en: new Map(catalogues.flatMap((c) => Object.entries(c.en))),
	ru: new Map(catalogues.flatMap((c) => Object.entries(c.ru)))
};

/** The first of the browser's languages that we have (by primary subtag), else English. */
export function preferredLocale(languages: readonly string[]): Locale {
	for (const tag of languages) {
		const primary = tag.toLowerCase().split(/[-_]/)[0];
		const found = LOCALES.find((locale) => locale === primary);
		if (found) return found;
	}
	return 'en';
}

class I18n {
	locale = $state<Locale>('en');
	#numbers = $derived(new Intl.NumberFormat(this.locale));

	t = (key: string, vars: MessageVars = {}): string => {
		const template = merged[this.locale].get(key) ?? merged.en.get(key) ?? key;
		return formatMessage(template, vars, this.locale, this.number);
	};

	number = (value: number): string => this.#numbers.format(value);

	/** An ISO partial date of the data (`1991`, `1991-09`, `1991-09-07`) in this language. */
	date = (value: string): string => formatDate(value, this.locale);

	/** The remembered choice, else the browser's languages. */
	start(languages: readonly string[] = globalThis.navigator?.languages ?? []): void {
		this.#apply(readChoice(STORAGE_KEY, LOCALES) ?? preferredLocale(languages));
	}

	/** The reader's choice: applied and remembered. */
	choose(locale: Locale): void {
		writeStored(STORAGE_KEY, locale);
		this.#apply(locale);
	}

	#apply(locale: Locale): void {
		this.locale = locale;
		// Screen readers pick their voice, and the browser its hyphenation, from <html lang>.
		if (typeof document !== 'undefined') document.documentElement.lang = locale;
	}
}

export const i18n = new I18n();
export const t = i18n.t;

/** Every key of every catalogue, per locale: for the test that no text is left untranslated. */
export function catalogueKeys(locale: Locale): string[] {
	return [...merged[locale].keys()];
}

/** One message as written in the catalogue, before placeholders are filled. */
export function template(locale: Locale, key: string): string | undefined {
	return merged[locale].get(key);
}
