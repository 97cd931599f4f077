// The relations of one organization, grouped for the Details panel: by relation type (vocabulary
// order, then other types by name), then by how they read from this side ("split from",
// "member of"...), each list in date order.
import type { Organization, Relation } from '$lib/data/types';
import { RELATION_TYPES } from '$lib/data/vocabulary';
import { relationPhrase, roleOf, type Phrase, type Role } from './relation-phrases';

export interface RelationItem {
	relation: Relation;
	/** The organization at the other end (itself for a self-loop). */
	other: string;
	role: Role;
}

export interface PhraseGroup {
	phrase: Phrase;
	items: RelationItem[];
}

export interface TypeGroup {
	type: string;
	phrases: PhraseGroup[];
}

/** Relations by organization id, built once per dataset. */
export function indexRelations(relations: readonly Relation[]): Map<string, Relation[]> {
	const index = new Map<string, Relation[]>();
	const add = (id: string, relation: Relation) => {
		const list = index.get(id);
		if (list) list.push(relation);
		else index.set(id, [relation]);
	};
	for (const relation of relations) {
		add(relation.source, relation);
		if (relation.target !== relation.source) add(relation.target, relation);
	}
	return index;
}

const ROLE_ORDER: Record<Role, number> = { source: 0, target: 1, either: 2 };

function typeOrder(type: string): number {
	const index = RELATION_TYPES.indexOf(type);
	return index === -1 ? RELATION_TYPES.length : index;
}

export function groupRelations(
	self: string,
	relations: readonly Relation[],
	organizations: ReadonlyMap<string, Organization>
): TypeGroup[] {
	const kindOf = (id: string) => organizations.get(id)?.kind ?? '';
	const byType = new Map<string, Map<string, PhraseGroup>>();
	for (const relation of relations) {
		const role = roleOf(relation, self);
		const other = relation.source === self ? relation.target : relation.source;
		const phrase = relationPhrase(relation.type, role, {
			self: kindOf(self),
			other: kindOf(other)
		});
		const phraseId = `${phrase.key}\u0000${JSON.stringify(phrase.vars)}`;
		let phrases = byType.get(relation.type);
		if (!phrases) byType.set(relation.type, (phrases = new Map()));
		let group = phrases.get(phraseId);
		if (!group) phrases.set(phraseId, (group = { phrase, items: [] }));
		group.items.push({ relation, other, role });
	}
	const byDate = (a: RelationItem, b: RelationItem) =>
		(a.relation.start || a.relation.end || '9999').localeCompare(
			b.relation.start || b.relation.end || '9999'
		);
	return [...byType]
		.sort(([a], [b]) => typeOrder(a) - typeOrder(b) || a.localeCompare(b))
		.map(([type, phrases]) => ({
			type,
			phrases: [...phrases.values()]
				.sort((a, b) => ROLE_ORDER[a.items[0]!.role] - ROLE_ORDER[b.items[0]!.role])
				.map((group) => ({ ...group, items: group.items.sort(byDate) }))
		}));
}
