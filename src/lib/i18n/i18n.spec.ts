import { describe, expect, it } from 'vitest';
import { catalogueKeys, i18n, t } from './i18n.svelte';

describe('i18n', () => {
	it('has every English key in Russian too', () => {
		expect(catalogueKeys('ru').sort()).toEqual(catalogueKeys('en').sort());
	});

	it('fills placeholders and formats numbers per locale', () => {
		i18n.locale = 'en';
		expect(t('app.summary', { organizations: 1200, relations: 3 })).toBe(
			'1,200 organizations, 3 relations'
		);
		i18n.locale = 'ru';
		expect(t('app.summary', { organizations: 1200, relations: 3 })).toBe(
			'Организаций: 1\u00a0200, связей: 3'
		);
		i18n.locale = 'en';
	});
});
