// Finds rows that repeat an earlier row cell for cell. Only rows with the same endpoints can be
// the same, so rows are grouped by their pair of endpoints; endpoints become small numbers, so a
// pair is one numeric key: no string built, no array made, for each row.

/** Endpoint numbers stay below this, so two of them make one exact number (2^26 · 2^26 < 2^53). */
const PAIR_BASE = 2 ** 26;

function sameCells(a: string[], b: string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

export class DuplicateRows {
	#endpointIds = new Map<string, number>();
	/** Pair key → the first row with that pair; rows after it with the same pair in #morePairs. */
	#firstOfPair = new Map<number, number>();
	#morePairs = new Map<number, number[]>();

	constructor(private readonly rows: readonly string[][]) {}

	#endpointId(id: string): number {
		let n = this.#endpointIds.get(id);
		if (n === undefined) this.#endpointIds.set(id, (n = this.#endpointIds.size));
		return n;
	}

	/** The index of an earlier row with the same cells as row `index`, or undefined (then the row
	 * is remembered for the rows after it). */
	earlierSame(source: string, target: string, index: number): number | undefined {
		const key = this.#endpointId(source) * PAIR_BASE + this.#endpointId(target);
		const first = this.#firstOfPair.get(key);
		if (first === undefined) {
			this.#firstOfPair.set(key, index);
			return undefined;
		}
		const row = this.rows[index]!;
		const more = this.#morePairs.get(key);
		let same = sameCells(this.rows[first]!, row) ? first : undefined;
		if (same === undefined && more) same = more.find((i) => sameCells(this.rows[i]!, row));
		if (same === undefined) {
			if (more) more.push(index);
			else this.#morePairs.set(key, [index]);
		}
		return same;
	}
}
