// Table rows to relations: every row is imported or rejected with a line number and a reason.
// Written as one class with no closures per row: this loop runs once per edge of big files.
import type { RelationRole } from './column-roles';
import { isOrdered, parseDate } from './dates';
import { parseInterval } from './interval';
import { setOwn } from './own-record';
import { isReservedId, reservedIdDetail } from './reserved-ids';
import { normalizeHeader } from './schema';
import type { Diagnostic, Relation } from './types';
import { DuplicateRows } from './duplicate-rows';
import { FALLBACK_TYPE, isDirectedType } from './vocabulary';

export interface MappedRows<T> {
	records: T[];
	diagnostics: Diagnostic[];
	rejected: number;
	warned: number;
	duplicates?: number;
	/** Rows imported, when a row can give several records (Kumu's pipe-separated To). */
	importedRows?: number;
}

export interface RelationOptions {
	/** Merge rows that repeat an earlier row cell for cell (they are counted and reported either way). */
	mergeDuplicates?: boolean;
	/** Called every PROGRESS_ROWS rows with the number of rows checked so far. */
	onProgress?: (rowsChecked: number) => void;
	/** Called every BATCH_ROWS rows, and at the end, with the relations made since the last call. */
	onBatch?: (relations: Relation[]) => void;
}

const PROGRESS_ROWS = 20_000;
const DATE_CACHE = 10_000;
export const BATCH_ROWS = 2_000;

export interface RowsInput {
	file: string;
	/** Column names (for a file without a header row: "column 1", "column 2", ...). */
	header: string[];
	rows: string[][];
	lines: number[];
	malformed: Map<number, string>;
}

function directionOf(value: string, type: string): boolean {
	const v = value.trim().toLowerCase();
	if (v === 'directed' || v === 'true' || v === '1' || v === 'yes') return true;
	if (v === 'undirected' || v === 'mutual' || v === 'false' || v === '0' || v === 'no')
		return false;
	return isDirectedType(type);
}

const SINGLE_ROLES = [
	'source',
	'target',
	'type',
	'direction',
	'start',
	'end',
	'date',
	'interval',
	'weight',
	'label',
	'confidence',
	'source_ref',
	'notes',
	'tags'
] as const;

class RelationMapper {
	readonly result: Required<MappedRows<Relation>> = {
		records: [],
		importedRows: 0,
		diagnostics: [],
		rejected: 0,
		warned: 0,
		duplicates: 0
	};
	#at: Record<(typeof SINGLE_ROLES)[number], number>;
	#attributeColumns: number[];
	#fanOut: boolean;
	/** Gephi's edge Id column: Gephi collapses edges that share one (gephi#1772); we keep both. */
	#idColumn: number;
	#edgeIds = new Map<string, number>();
	#duplicates: DuplicateRows;
	/** Cell text → parsed date: the same few dates repeat over thousands of rows. */
	#dates = new Map<string, ReturnType<typeof parseDate>>();
	#row: string[] = [];
	#line = 0;
	#warnedThisRow = false;
	#rejectedThisRow = false;

	constructor(
		readonly input: RowsInput,
		readonly roles: RelationRole[],
		readonly options: RelationOptions
	) {
		this.#at = Object.fromEntries(SINGLE_ROLES.map((r) => [r, roles.indexOf(r)])) as never;
		this.#attributeColumns = roles.flatMap((r, i) => (r === 'attribute' || r === 'id' ? [i] : []));
		this.#idColumn = roles.indexOf('id');
		this.#duplicates = new DuplicateRows(input.rows);
		// Kumu: a pipe-separated To cell ties the From to each of its entries.
		const name = (i: number) => normalizeHeader(input.header[i] ?? '');
		this.#fanOut = name(this.#at.source) === 'from' && name(this.#at.target) === 'to';
	}

	#cell(i: number): string {
		return i >= 0 ? (this.#row[i] ?? '').trim() : '';
	}

	#report(reason: string, detail: string, column: number | undefined, error: boolean): void {
		const severity = error ? 'error' : 'warning';
		this.result.diagnostics.push({
			file: this.input.file,
			line: this.#line,
			column: column !== undefined && column >= 0 ? column + 1 : undefined,
			severity,
			reason,
			detail
		});
		if (error) this.#rejectedThisRow = true;
		else this.#warnedThisRow = true;
	}

	#reject(reason: string, detail: string, column?: number): void {
		this.#report(reason, `${detail} - the row was skipped`, column, true);
	}

	#date(key: 'start' | 'end', column: number): string {
		const text = this.#cell(column);
		let parsed = this.#dates.get(text);
		if (parsed === undefined) {
			parsed = parseDate(text);
			if (this.#dates.size < DATE_CACHE) this.#dates.set(text, parsed);
		}
		if (parsed.ok) return parsed.iso;
		this.#report('unparseable-date', `${key}: ${parsed.error}; kept without it`, column, false);
		return '';
	}

	mapRow(index: number): void {
		this.#row = this.input.rows[index]!;
		this.#line = this.input.lines[index] ?? 0;
		this.#warnedThisRow = false;
		this.#rejectedThisRow = false;
		const relation = this.#build(index);
		if (relation && this.#fanOut && relation.target.includes('|')) this.#pushFannedOut(relation);
		else if (relation) this.result.records.push(relation);
		if (relation && !this.#rejectedThisRow) this.result.importedRows++;
		if (this.#rejectedThisRow) this.result.rejected++;
		else if (this.#warnedThisRow) this.result.warned++;
	}

	#build(index: number): Relation | null {
		const at = this.#at;
		const row = this.#row;
		const malformed = this.input.malformed.get(index);
		if (malformed) return (this.#reject('malformed-quoting', malformed), null);
		if (row.length <= Math.max(at.source, at.target)) {
			this.#reject('too-few-fields', `only ${row.length} field(s), the endpoints are missing`);
			return null;
		}
		const source = this.#cell(at.source);
		const target = this.#cell(at.target);
		if (!source) return (this.#reject('empty-endpoint', '"source" is empty', at.source), null);
		if (!target) return (this.#reject('empty-endpoint', '"target" is empty', at.target), null);
		for (const [end, id, column] of [
			['source', source, at.source],
			['target', target, at.target]
		] as const)
			if (isReservedId(id))
				return (this.#reject('reserved-id', reservedIdDetail(id, end), column), null);
		if (this.#isMergedDuplicate(source, target, index)) return null;

		// Types outside our vocabulary are the user's own categories and keep their names.
		const type = this.#cell(at.type) || FALLBACK_TYPE;
		if (at.type >= 0 && !this.#cell(at.type))
			this.#report('empty-type', `no relation type; read as "${FALLBACK_TYPE}"`, at.type, false);
		let start = at.start >= 0 ? this.#date('start', at.start) : '';
		let end = at.end >= 0 ? this.#date('end', at.end) : '';
		if (at.date >= 0 && !start) start = this.#date('start', at.date);
		if (at.interval >= 0 && this.#cell(at.interval)) {
			const interval = parseInterval(this.#cell(at.interval));
			if (interval.ok) {
				start ||= interval.start;
				end ||= interval.end;
			} else
				this.#report(
					'unparseable-date',
					`interval: ${interval.error}; kept without it`,
					at.interval,
					false
				);
		}
		if (!isOrdered(start, end))
			this.#report('end-before-start', `end ${end} is before start ${start}`, at.end, false);
		const weight = this.#weight();
		if (source === target)
			this.#report('self-loop', `"${source}" is tied to itself (kept)`, undefined, false);
		this.#checkEdgeId();

		const attributes: Record<string, string> = {};
		for (const i of this.#attributeColumns)
			setOwn(attributes, this.input.header[i] ?? `column ${i + 1}`, row[i] ?? '');
		if (at.tags >= 0 && this.#cell(at.tags)) setOwn(attributes, 'tags', this.#cell(at.tags));
		const directed =
			at.direction >= 0 ? directionOf(this.#cell(at.direction), type) : isDirectedType(type);
		return {
			id: `${this.input.file}:${this.#line}`,
			source,
			target,
			type,
			directed,
			start,
			end,
			label: this.#cell(at.label),
			weight,
			confidence: this.#cell(at.confidence),
			sourceRef: this.#cell(at.source_ref),
			notes: this.#cell(at.notes),
			attributes,
			origin: { file: this.input.file, line: this.#line }
		};
	}

	/** One relation per entry of a pipe-separated target, each with an id of its own. */
	#pushFannedOut(relation: Relation): void {
		const targets = relation.target
			.split('|')
			.map((t) => t.trim())
			.filter(Boolean);
		if (targets.length === 0)
			return this.#reject('empty-endpoint', '"target" lists no entry', this.#at.target);
		const reserved = targets.find(isReservedId);
		if (reserved !== undefined)
			return this.#reject('reserved-id', reservedIdDetail(reserved, 'target'), this.#at.target);
		targets.forEach((target, k) =>
			this.result.records.push({ ...relation, id: `${relation.id}/${k + 1}`, target })
		);
	}

	/** Counts a row that repeats an earlier one; true when the user chose to merge it away. */
	#isMergedDuplicate(source: string, target: string, index: number): boolean {
		const same = this.#duplicates.earlierSame(source, target, index);
		if (same === undefined) return false;
		const line = this.input.lines[same] ?? 0;
		this.result.duplicates++;
		if (this.options.mergeDuplicates) {
			this.#report(
				'duplicate-row',
				`same as line ${line}; merged into it as you chose`,
				undefined,
				true
			);
			return true;
		}
		this.#report('duplicate-row', `same as line ${line} (kept)`, undefined, false);
		return false;
	}

	#checkEdgeId(): void {
		const id = this.#cell(this.#idColumn);
		if (!id) return;
		const first = this.#edgeIds.get(id);
		if (first === undefined) this.#edgeIds.set(id, this.#line);
		else
			this.#report(
				'duplicate-edge-id',
				`edge id "${id}" was already used on line ${first}; both edges were kept`,
				this.#idColumn,
				false
			);
	}

	#weight(): number {
		const raw = this.#cell(this.#at.weight);
		if (!raw) return 1;
		const n = Number(raw.replace(',', '.'));
		if (Number.isFinite(n)) return n;
		this.#report(
			'bad-weight',
			`weight "${raw}" is not a number; 1 was used`,
			this.#at.weight,
			false
		);
		return 1;
	}
}

export function mapRelations(
	input: RowsInput,
	roles: RelationRole[],
	options: RelationOptions = {}
): MappedRows<Relation> {
	const mapper = new RelationMapper(input, roles, options);
	const records = mapper.result.records;
	let batched = 0;
	const flush = () => {
		if (batched < records.length) options.onBatch?.(records.slice(batched));
		batched = records.length;
	};
	for (let index = 0; index < input.rows.length; index++) {
		mapper.mapRow(index);
		if (options.onProgress && (index + 1) % PROGRESS_ROWS === 0) options.onProgress(index + 1);
		if ((index + 1) % BATCH_ROWS === 0) flush();
	}
	flush();
	return mapper.result;
}
