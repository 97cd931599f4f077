// Direction in words: how a relation reads from the side of the organization being looked at.
// "split from" (this broke away from the other), "merged into", "member of", "co-signed"...
// Returns catalogue keys (src/lib/i18n/messages/explorer.ts), so both languages say it properly.
import { DIRECTED_TYPES } from '$lib/data/vocabulary';

/** Where the organization in view stands: the relation's source, its target, or either (undirected). */
export type Role = 'source' | 'target' | 'either';

export function roleOf(
	relation: { source: string; target: string; directed: boolean },
	self: string
): Role {
	if (!relation.directed) return 'either';
	return relation.source === self ? 'source' : 'target';
}

const KNOWN_DIRECTED = new Set<string>(DIRECTED_TYPES);
const KNOWN_UNDIRECTED = new Set(['coalition', 'cooperation']);

export interface Phrase {
	key: string;
	vars: Record<string, string>;
}

/**
 * The phrase for a relation of `type` seen from the organization in `role`. Co-signatures read
 * by kind: a signer "co-signed" a statement, a statement is "signed by" its signers.
 */
export function relationPhrase(
	type: string,
	role: Role,
	kinds: { self: string; other: string } = { self: '', other: '' }
): Phrase {
	if (type === 'co_signature') {
		if (kinds.self === 'statement' && kinds.other !== 'statement') return plain('phrase.signedBy');
		if (kinds.other === 'statement') return plain('phrase.coSigned');
		return plain('phrase.coSignedWith');
	}
	if (KNOWN_DIRECTED.has(type) && role !== 'either') return plain(`phrase.${type}.${role}`);
	if (KNOWN_UNDIRECTED.has(type)) return plain(`phrase.${type}`);
	// Types from imported files (or a known type drawn without direction) keep their own name.
	const shown = type.replace(/_/g, ' ');
	if (role === 'source') return { key: 'phrase.other.source', vars: { type: shown } };
	if (role === 'target') return { key: 'phrase.other.target', vars: { type: shown } };
	return { key: 'phrase.other.either', vars: { type: shown } };
}

function plain(key: string): Phrase {
	return { key, vars: {} };
}
