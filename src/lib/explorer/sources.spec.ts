import { describe, expect, it } from 'vitest';
import { formatPeriod, isHttpUrl, splitSources, splitValues } from './sources';

describe('sources and links', () => {
	it('links only http(s) URLs', () => {
		expect(isHttpUrl('https://example.org/a?b=1')).toBe(true);
		expect(isHttpUrl('http://soyuz-kommunist.ru/archives/2466')).toBe(true);
		expect(isHttpUrl('javascript:alert(1)')).toBe(false);
		expect(isHttpUrl('ftp://example.org')).toBe(false);
		expect(isHttpUrl('soyuz-kommunistov.ru')).toBe(false);
		expect(isHttpUrl('https://')).toBe(false);
	});

	it('splits a source_ref into seed text and links', () => {
		const parts = splitSources(
			'000_7ee03641dc6052d5.txt §infobox: "Abbreviation: SK" ; https://arc.ask3.ru/x.html ; javascript:alert(1)',
			true
		);
		expect(parts).toEqual([
			{
				kind: 'seed',
				file: '000_7ee03641dc6052d5.txt',
				number: '000',
				locator: '§infobox: "Abbreviation: SK"'
			},
			{ kind: 'link', href: 'https://arc.ask3.ru/x.html', text: 'https://arc.ask3.ru/x.html' },
			{ kind: 'text', text: 'javascript:alert(1)' }
		]);
		expect(splitSources('  ')).toEqual([]);
		// Only the default dataset's own seed files are named by title; look-alikes stay text.
		expect(splitSources('000_7ee03641dc6052d5.txt §intro')).toEqual([
			{ kind: 'text', text: '000_7ee03641dc6052d5.txt §intro' }
		]);
		expect(splitSources('999_0000000000000000.txt §intro', true)).toEqual([
			{ kind: 'text', text: '999_0000000000000000.txt §intro' }
		]);
	});

	it('finds addresses inside text, two in a row, and leaves sentence marks out of them', () => {
		expect(splitSources('https://ex.com/a https://ex.com/b')).toEqual([
			{ kind: 'link', href: 'https://ex.com/a', text: 'https://ex.com/a' },
			{ kind: 'link', href: 'https://ex.com/b', text: 'https://ex.com/b' }
		]);
		expect(
			splitSources('Obituary (see https://en.wikipedia.org/wiki/Union_(party)). Page 3.')
		).toEqual([
			{ kind: 'text', text: 'Obituary (see' },
			{
				kind: 'link',
				href: 'https://en.wikipedia.org/wiki/Union_(party)',
				text: 'https://en.wikipedia.org/wiki/Union_(party)'
			},
			{ kind: 'text', text: '). Page 3.' }
		]);
		expect(splitSources('javascript:alert(1) http://')).toEqual([
			{ kind: 'text', text: 'javascript:alert(1) http://' }
		]);
	});

	it('splits multi-valued cells and formats periods', () => {
		expect(splitValues('Communism| Stalinism |')).toEqual(['Communism', 'Stalinism']);
		expect(formatPeriod('1993-04', '2001')).toBe('1993-04 – 2001');
		expect(formatPeriod('1992-04-25', '1992-04-25')).toBe('1992-04-25');
		expect(formatPeriod('', '2001')).toBe('– 2001');
		expect(formatPeriod('', '')).toBe('');
	});
});
