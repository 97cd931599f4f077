import { describe, expect, it } from 'vitest';
import { shortName } from './short-name';

describe('shortName', () => {
	it('keeps a name that fits', () => {
		expect(shortName('Labour Russia')).toBe('Labour Russia');
		expect(shortName('x'.repeat(30))).toBe('x'.repeat(30));
	});

	it('cuts a long name at a word, without a dangling quote or dash, and marks the cut', () => {
		expect(shortName('All-Union Party «Union of Communists»')).toBe('All-Union Party «Union of…');
		expect(shortName('Russian Communist Workers’ Party – Revolutionary Party of Communists')).toBe(
			'Russian Communist Workers’…'
		);
		expect(shortName('Всероссийское общественное движение «Коммунисты»', 20)).toBe(
			'Всероссийское…'
		);
	});

	it('cuts inside a word only when no space is near', () => {
		expect(shortName('Antiimperialistischeeinheitsfront der Arbeiter', 12)).toBe('Antiimperia…');
	});
});
