import { FALLBACK_TYPE, RELATION_TYPES } from '$lib/data/vocabulary';
import { catalogueKeys, i18n, template } from '$lib/i18n/i18n.svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { legendKindName, legendRelationName } from './legend-names';
import { KIND_COLORS } from './palette';

afterEach(() => {
	i18n.locale = 'en';
});

const KINDS = Object.keys(KIND_COLORS);
const TYPES = [...RELATION_TYPES, FALLBACK_TYPE];

describe('names of kinds and relation types', () => {
	it('names every kind and type of our vocabulary in both languages', () => {
		const missing = ['en', 'ru'].flatMap((locale) => [
			...KINDS.filter((k) => !template(locale as 'en', `kind.${k}`)).map((k) => `${locale} ${k}`),
			...TYPES.filter((r) => !template(locale as 'en', `relation.${r}`)).map(
				(r) => `${locale} ${r}`
			)
		]);
		expect(missing).toEqual([]);
	});

	it('has one catalogue entry per name: no other key spells out a kind or a type', () => {
		const words = new Set([...KINDS, ...TYPES]);
		// e.g. a `view.relation.split` beside `relation.split`, which is how the two drifted apart.
		const elsewhere = catalogueKeys('en').filter((key) => {
			const parts = key.split('.');
			const [group, word] = parts.slice(-2);
			return parts.length > 2 && (group === 'kind' || group === 'relation') && words.has(word!);
		});
		expect(elsewhere).toEqual([]);
	});

	it('reads the catalogue in the interface language, and keeps other names as the file has them', () => {
		expect(legendRelationName('member_of')).toBe('membership');
		expect(legendKindName('umbrella')).toBe('umbrella body');
		expect(legendKindName('')).toBe('(no kind)');
		expect(legendKindName('trade_guild')).toBe('trade guild');
		expect(legendRelationName('rival_of')).toBe('rival of');
		i18n.locale = 'ru';
		expect(legendRelationName('member_of')).toBe('членство');
		expect(legendKindName('youth')).toBe('молодёжная организация');
	});
});
