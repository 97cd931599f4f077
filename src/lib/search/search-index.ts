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

/** A name (or a query) in the forms matching compares: as written, and by sound. */
interface Keys {
	normalized: string;
	/** Sound key with doubled letters collapsed ("kommunist" → "komunist"): forgives spelling. */
	key: string;
	compact: string;
	/** Sound key with doubled letters kept: a prefix or part of a name must match this one,
	 * unless the query is long enough to be forgiven (see `forgiving`). */
	strict: string;
	strictCompact: string;
}

interface IndexedName extends Keys {
	text: string;
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

function keysOf(text: string): Keys {
	const normalized = normalize(text);
	const key = soundKey(normalized);
	const strict = soundKey(normalized, false);
	const compact = (k: string) => k.replace(/ /g, '');
	return { normalized, key, compact: compact(key), strict, strictCompact: compact(strict) };
}

const indexName = (text: string): IndexedName => ({ text, ...keysOf(text) });

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
		const q = keysOf(query);
		if (!q.normalized) return [];
		const hits: (SearchHit & { rank: number; nameIndex: number })[] = [];
		for (const entry of this.#entries) {
			let best: { score: number; nameIndex: number } | null = null;
			for (let nameIndex = 0; nameIndex < entry.names.length; nameIndex++) {
				const score = scoreName(entry.names[nameIndex]!, q);
				if (score !== null && (!best || score < best.score)) best = { score, nameIndex };
			}
			if (entry.acronyms.has(q.compact) && (!best || ACRONYM < best.score)) {
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

// Parts of names shorter than this match only as a prefix of the name or of one of its words.
const MIN_INSIDE = 3;

function scoreName(name: IndexedName, q: Keys): number | null {
	if (name.normalized === q.normalized) return EXACT;
	if (name.key === q.key || name.compact === q.compact) return SAME_SOUND;
	// Collapsing doubles forgives "Komunist", but must not turn "zzz" into "z", which every name
	// with a z (or з) would contain: only a query of three or more sounds is forgiven.
	const forgiving = q.compact.length >= MIN_INSIDE;
	const found = (strict: boolean, loose: boolean) => strict || (forgiving && loose);
	if (found(name.strict.startsWith(q.strict), name.key.startsWith(q.key))) return PREFIX;
	if (found(name.strict.includes(` ${q.strict}`), name.key.includes(` ${q.key}`)))
		return WORD_PREFIX;
	if (q.strictCompact.length < MIN_INSIDE) return null;
	if (found(name.strictCompact.includes(q.strictCompact), name.compact.includes(q.compact)))
		return INSIDE;
	return null;
}
