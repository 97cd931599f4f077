import type { Organization, Relation } from '$lib/data/types';
import { describe, expect, it } from 'vitest';
import { groupRelations, indexRelations } from './relation-groups';

const origin = { file: 'relations.csv', line: 2 };
const rel = (
	id: string,
	source: string,
	target: string,
	type: string,
	directed: boolean,
	start = ''
): Relation => ({
	id,
	source,
	target,
	type,
	directed,
	start,
	end: '',
	label: '',
	weight: 1,
	confidence: '',
	sourceRef: '',
	notes: '',
	attributes: {},
	origin
});
const orgs = new Map<string, Organization>(
	[
		['sk', 'party'],
		['st', 'statement'],
		['ucp', 'umbrella'],
		['mp', 'platform'],
		['pg', 'faction']
	].map(([id, kind]) => [id!, { id, kind } as Organization])
);

describe('groupRelations', () => {
	const relations = [
		rel('r1', 'sk', 'ucp', 'member_of', true, '1993-04'),
		rel('r2', 'sk', 'st', 'co_signature', false),
		rel('r3', 'mp', 'sk', 'predecessor', true, '1991-09-07'),
		rel('r4', 'sk', 'pg', 'expulsion', true, '1993-12'),
		rel('r5', 'pg', 'sk', 'split', true, '1993-12'),
		rel('r6', 'sk', 'mp', 'member_of', true, '1991')
	];

	it('indexes relations by both ends', () => {
		const index = indexRelations(relations);
		expect(index.get('sk')).toHaveLength(6);
		expect(index.get('pg')?.map((r) => r.id)).toEqual(['r4', 'r5']);
	});

	it('groups by type in vocabulary order, then by direction, in date order', () => {
		const groups = groupRelations('sk', relations, orgs);
		expect(groups.map((g) => g.type)).toEqual([
			'split',
			'predecessor',
			'member_of',
			'expulsion',
			'co_signature'
		]);
		const memberOf = groups.find((g) => g.type === 'member_of')!;
		expect(memberOf.phrases).toHaveLength(1);
		expect(memberOf.phrases[0]!.phrase.key).toBe('phrase.member_of.source');
		expect(memberOf.phrases[0]!.items.map((i) => i.other)).toEqual(['mp', 'ucp']);
		expect(groups[0]!.phrases[0]!.phrase.key).toBe('phrase.split.target');
		expect(groups.find((g) => g.type === 'co_signature')!.phrases[0]!.phrase.key).toBe(
			'phrase.coSigned'
		);
	});

	it('reads the same relation from the other side', () => {
		const groups = groupRelations('ucp', [relations[0]!], orgs);
		expect(groups[0]!.phrases[0]!.phrase.key).toBe('phrase.member_of.target');
		expect(groups[0]!.phrases[0]!.items[0]!.other).toBe('sk');
	});
});
