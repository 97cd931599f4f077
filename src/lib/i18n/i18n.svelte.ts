// Interface language (English or Russian) and message lookup: `t('details.kind')`, with `{name}`
// placeholders. Every UI string comes from a catalogue in ./messages, one file per feature.
import { core } from './messages/core';
import { explorer } from './messages/explorer';

export type Locale = 'en' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ru'];

type Catalogue = { en: Record<string, string>; ru: Record<string, string> };
const catalogues: Catalogue[] = [core, explorer];

const merged: Record<Locale, Map<string, string>> = {
	en: new Map(catalogues.flatMap((c) => Object.entries(c.en))),
	ru: new Map(catalogues.flatMap((c) => Object.entries(c.ru)))
};

class I18n {
	locale = $state<Locale>('en');

	t = (key: string, vars: Record<string, string | number> = {}): string => {
		const template = merged[this.locale].get(key) ?? merged.en.get(key) ?? key;
		return template.replace(/\{(\w+)\}/g, (_, name: string) =>
			name in vars ? this.#format(vars[name]!) : `{${name}}`
		);
	};

	#format(value: string | number): string {
		return typeof value === 'number' ? new Intl.NumberFormat(this.locale).format(value) : value;
	}
}

export const i18n = new I18n();
export const t = i18n.t;

/** Every key of every catalogue, per locale: for the test that no text is left untranslated. */
export function catalogueKeys(locale: Locale): string[] {
	return [...merged[locale].keys()];
}
