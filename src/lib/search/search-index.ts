// Finds organizations by any of their names: English name, native name, aliases, abbreviations,
// and acronyms made from the names. Case, diacritics, punctuation and script (Latin or Cyrillic)
// do not matter: every name is compared through its normalized text and its sound key.
import { acronym, normalize } from './normalize';
import { soundKey } from './transliterate';

export interface Searchable {
	id: string;
	/** Names in order of preference: the display name first, then native name, then aliases. */
	names: string[];
	/** Breaks ties between equally good matches: better-connected organizations first. */
	rank?: number;
}

export interface SearchHit {
	id: string;
	/** The name that matched best (it may be an alias, shown so the user sees why it matched). */
	matched: string;
	score: number;
}

interface IndexedName {
	text: string;
	normalized: string;
	key: string;
	compact: string;
}

interface IndexedEntry {
	id: string;
	rank: number;
	names: IndexedName[];
	acronyms: Set<string>;
}

// Lower is better. Order: the words as typed, then the same sound, then where in the name.
const EXACT = 0;
const SAME_SOUND = 1;
const PREFIX = 2;
const WORD_PREFIX = 3;
const ACRONYM = 4;
const INSIDE = 5;

function indexName(text: string): IndexedName {
	const normalized = normalize(text);
	const key = soundKey(normalized);
	return { text, normalized, key, compact: key.replace(/ /g, '') };
}

export class SearchIndex {
	#entries: IndexedEntry[];

	constructor(items: Iterable<Searchable>) {
		this.#entries = [];
		for (const item of items) {
			const names = [...new Set(item.names.filter((name) => name.trim() !== ''))].map(indexName);
			const acronyms = new Set(
				names.map((name) => soundKey(acronym(name.normalized))).filter((a) => a.length > 1)
			);
			this.#entries.push({ id: item.id, rank: item.rank ?? 0, names, acronyms });
		}
	}

	/** The best matches for a query, best first; empty when the query has no letters or digits. */
	search(query: string, limit = 10): SearchHit[] {
		const normalized = normalize(query);
		if (!normalized) return [];
		const key = soundKey(normalized);
		const compact = key.replace(/ /g, '');
		const hits: (SearchHit & { rank: number; nameIndex: number })[] = [];
		for (const entry of this.#entries) {
			let best: { score: number; nameIndex: number } | null = null;
			for (let nameIndex = 0; nameIndex < entry.names.length; nameIndex++) {
				const score = scoreName(entry.names[nameIndex]!, normalized, key, compact);
				if (score !== null && (!best || score < best.score)) best = { score, nameIndex };
			}
			if (entry.acronyms.has(compact) && (!best || ACRONYM < best.score)) {
				best = { score: ACRONYM, nameIndex: 0 };
			}
			if (best === null) continue;
			const { score, nameIndex } = best;
			hits.push({
				id: entry.id,
				matched: entry.names[nameIndex]?.text ?? entry.id,
				score,
				rank: entry.rank,
				nameIndex
			});
		}
		hits.sort(
			(a, b) =>
				a.score - b.score ||
				b.rank - a.rank ||
				a.nameIndex - b.nameIndex ||
				(a.matched < b.matched ? -1 : a.matched > b.matched ? 1 : 0)
		);
		return hits.slice(0, limit).map(({ id, matched, score }) => ({ id, matched, score }));
	}
}

function scoreName(
	name: IndexedName,
	normalized: string,
	key: string,
	compact: string
): number | null {
	if (name.normalized === normalized) return EXACT;
	if (name.key === key || name.compact === compact) return SAME_SOUND;
	if (name.key.startsWith(key)) return PREFIX;
	if (name.key.includes(` ${key}`)) return WORD_PREFIX;
	if (name.compact.includes(compact)) return INSIDE;
	return null;
}
