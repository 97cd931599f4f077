import { describe, expect, it } from 'vitest';
import { acronym, normalize } from './normalize';
import { SearchIndex } from './search-index';
import { cyrillicToLatin, soundKey } from './transliterate';

const key = (text: string) => soundKey(normalize(text));

describe('normalize', () => {
	it('ignores case, diacritics, quotes and punctuation', () => {
		expect(normalize('  Всесоюзная партия «Союз коммунистов» ')).toBe(
			'всесоюзная партия союз коммунистов'
		);
		expect(normalize('Café–Crème, RCWP-CPSU!')).toBe('cafe creme rcwp cpsu');
		expect(normalize('Ёлка Йошкар')).toBe('елка иошкар');
	});

	it('makes acronyms from the significant words', () => {
		expect(acronym(normalize('Communist Party of the Russian Federation'))).toBe('cprf');
		expect(acronym(normalize('Коммунистическая партия Российской Федерации'))).toBe('кпрф');
		expect(acronym('party')).toBe('');
	});
});

describe('transliteration and sound keys', () => {
	it('transliterates Cyrillic to Latin', () => {
		expect(cyrillicToLatin('щука и ёж')).toBe('shchuka i ezh');
		expect(cyrillicToLatin('союз')).toBe('soyuz');
	});

	it('gives KPRF, CPRF and КПРФ one key', () => {
		expect(key('KPRF')).toBe('kprf');
		expect(key('CPRF')).toBe('kprf');
		expect(key('КПРФ')).toBe('kprf');
	});

	it('folds spellings that sound alike in both scripts', () => {
		expect(key('Союз коммунистов')).toBe(key('Soyuz kommunistov'));
		expect(key('Soyuz')).toBe(key('Sojuz'));
		expect(key('Communist')).toBe(key('Коммунист'));
		expect(key('Khrushchev')).toBe(key('Хрущёв'));
		expect(key('Chechnya')).not.toBe(key('Kekhnya'));
	});
});

describe('SearchIndex', () => {
	const index = new SearchIndex([
		{
			id: 'sk',
			names: [
				'All-Union Party «Union of Communists»',
				'Всесоюзная партия «Союз коммунистов»',
				'SK',
				'Союз коммунистов'
			],
			rank: 16
		},
		{ id: 'cprf', names: ['Communist Party of the Russian Federation', 'КПРФ'], rank: 3 },
		{ id: 'soyuz', names: ['Soyuz (faction)', 'Союз'], rank: 5 },
		{ id: 'cpsu', names: ['Communist Party of the Soviet Union', 'КПСС'], rank: 9 }
	]);
	const ids = (query: string) => index.search(query).map((hit) => hit.id);

	it('finds a party by KPRF, CPRF or КПРФ', () => {
		expect(ids('KPRF')[0]).toBe('cprf');
		expect(ids('CPRF')[0]).toBe('cprf');
		expect(ids('кпрф')[0]).toBe('cprf');
	});

	it('finds by native name, alias and transliteration, ignoring case', () => {
		expect(ids('Союз коммунистов')[0]).toBe('sk');
		expect(ids('soyuz kommunistov')[0]).toBe('sk');
		expect(ids('union of communists')[0]).toBe('sk');
		expect(ids('ВСЕСОЮЗНАЯ')).toEqual(['sk']);
	});

	it('ranks exact names first, then prefixes, then better-connected organizations', () => {
		expect(ids('союз')).toEqual(['soyuz', 'sk']);
		expect(ids('communist party')).toEqual(['cpsu', 'cprf']);
		expect(index.search('SK')[0]).toEqual({ id: 'sk', matched: 'SK', score: 0 });
	});

	it('returns nothing for an empty query or no match', () => {
		expect(ids('  «» ')).toEqual([]);
		expect(ids('anarchists')).toEqual([]);
	});

	it('respects the limit', () => {
		expect(index.search('o', 2)).toHaveLength(2);
	});
});

describe('SearchIndex on short and degenerate queries', () => {
	const index = new SearchIndex([
		{ id: 'stmt', names: ['Statement on Ukraine', 'Заявление по Украине'] },
		{ id: 'soyuz', names: ['Soyuz (faction)', 'Союз'] },
		{ id: 'sk', names: ['All-Union Party «Union of Communists»', 'SK'] },
		{ id: 'moscow', names: ['Moscow City Communist Union'] },
		{ id: 'skm', names: ['SKM RF'] }
	]);
	const ids = (query: string) => index.search(query).map((hit) => hit.id);

	it('finds nothing for letters repeated that no name has', () => {
		expect(ids('zzz')).toEqual([]);
		expect(ids('ooooo')).toEqual([]);
	});

	it('matches two letters only at the start of a name or of a word', () => {
		expect(ids('sk')).toEqual(['sk', 'skm']);
		expect(ids('mo')).toEqual(['moscow']);
	});

	it('still forgives doubled letters in longer queries', () => {
		expect(ids('Komunist')).toEqual(['sk', 'moscow']);
		expect(ids('Moskow')).toEqual(['moscow']);
	});
});
