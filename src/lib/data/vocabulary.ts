// The relation vocabulary of our schema (data/README.md) and which types are directed.

// part_of, organ_of and founded extend the vocabulary; data/README.md gives the reasons.
export const DIRECTED_TYPES = [
	'split',
	'merger',
	'predecessor',
	'member_of',
	'expulsion',
	'part_of',
	'organ_of',
	'founded'
] as const;
export const UNDIRECTED_TYPES = ['coalition', 'co_signature', 'cooperation'] as const;
export const RELATION_TYPES: readonly string[] = [...DIRECTED_TYPES, ...UNDIRECTED_TYPES];
/** Imported types outside the vocabulary keep their own name; `other` is for rows with no type. */
export const FALLBACK_TYPE = 'other';

export const CONFIDENCE_LEVELS = ['stated', 'implied', 'claimed', 'disputed'] as const;
export const MEMBERSHIP_KINDS = ['stated', 'claimed', 'estimate'] as const;

const directed = new Set<string>(DIRECTED_TYPES);

export function isDirectedType(type: string): boolean {
	return directed.has(type);
}

export function isKnownType(type: string): boolean {
	return RELATION_TYPES.includes(type);
}
