import { explorer } from '$lib/i18n/messages/explorer';
import { DIRECTED_TYPES, UNDIRECTED_TYPES } from '$lib/data/vocabulary';
import { describe, expect, it } from 'vitest';
import { relationPhrase, roleOf, type Role } from './relation-phrases';

const en = (type: string, role: Role, kinds?: { self: string; other: string }) => {
	const phrase = relationPhrase(type, role, kinds);
	const template: string = (explorer.en as Record<string, string>)[phrase.key] ?? phrase.key;
	return template.replace(/\{(\w+)\}/g, (_, name: string) => phrase.vars[name] ?? '');
};

describe('relation phrasing', () => {
	it('says the direction in words from either side', () => {
		expect(en('split', 'target')).toBe('Split from');
		expect(en('split', 'source')).toBe('Splinter groups');
		expect(en('merger', 'source')).toBe('Merged into');
		expect(en('merger', 'target')).toBe('Absorbed');
		expect(en('member_of', 'source')).toBe('Member of');
		expect(en('member_of', 'target')).toBe('Members');
		expect(en('expulsion', 'target')).toBe('Expelled by');
		expect(en('predecessor', 'target')).toBe('Successor of');
	});

	it('covers the extension types of data/README.md', () => {
		expect(en('part_of', 'source')).toBe('Part of');
		expect(en('part_of', 'target')).toBe('Includes');
		expect(en('organ_of', 'source')).toBe('Press organ of');
		expect(en('founded', 'source')).toBe('Founded');
		expect(en('founded', 'target')).toBe('Founded by');
	});

	it('reads co-signatures by which end is the statement', () => {
		expect(en('co_signature', 'either', { self: 'party', other: 'statement' })).toBe('Co-signed');
		expect(en('co_signature', 'either', { self: 'statement', other: 'party' })).toBe('Signed by');
		expect(en('co_signature', 'either', { self: 'party', other: 'party' })).toBe('Co-signed with');
		expect(en('cooperation', 'either')).toBe('Cooperated with');
	});

	it('keeps the name of types outside the vocabulary', () => {
		expect(en('funded_by', 'source')).toBe('funded by (outgoing)');
		expect(en('funded_by', 'target')).toBe('funded by (incoming)');
		expect(en('rivalry', 'either')).toBe('rivalry');
	});

	it('has a phrase in both languages for every vocabulary type and side', () => {
		const keys = [
			...DIRECTED_TYPES.flatMap((type) =>
				['source', 'target'].map((role) => relationPhrase(type, role as Role).key)
			),
			...UNDIRECTED_TYPES.map((type) => relationPhrase(type, 'either').key)
		];
		for (const key of keys) {
			expect(explorer.en, key).toHaveProperty([key]);
			expect(explorer.ru, key).toHaveProperty([key]);
		}
	});

	it('finds the role of the organization in view', () => {
		const rel = { source: 'a', target: 'b', directed: true };
		expect(roleOf(rel, 'a')).toBe('source');
		expect(roleOf(rel, 'b')).toBe('target');
		expect(roleOf({ ...rel, directed: false }, 'a')).toBe('either');
	});
});
