// Strict validation of a dataset directory in our own schema (data/README.md), for `npm run check:data`.
// The importer is forgiving; this is not: the default dataset must be exactly right.
import { parseTable } from './parse-table';
import { SCHEMA, normalizeHeader } from './schema';
import { isOrdered } from './dates';
import type { TableKind } from './types';
import { CONFIDENCE_LEVELS, MEMBERSHIP_KINDS, RELATION_TYPES } from './vocabulary';

export interface DatasetText {
	/** File name, e.g. 'relations.csv'; the table kind is the name without extension. */
	name: string;
	text: string;
}

export interface ValidationError {
	file: string;
	line: number;
	message: string;
}

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
// An http(s) address with "…" or "..." in it was shortened by hand: as a source link it leads nowhere.
const SHORTENED_URL = /https?:\/\/\S*?(?:…|\.\.\.)\S*/i;
// A congress outside its organization's lifetime is kept only when its notes say why, in these words.
const AFTER_DISSOLUTION = /\bafter (?:its|the) dissolution\b/i;
const BEFORE_FOUNDING = /\bbefore (?:its|the) founding\b/i;
const REQUIRED_FILES: TableKind[] = ['organizations', 'relations'];
const OPTIONAL_FILES: TableKind[] = ['congresses', 'membership'];

interface Rows {
	file: string;
	/** Every column of the file's header, including any beyond the schema. */
	columns: string[];
	records: { line: number; get: (column: string) => string }[];
}

function readTable(file: DatasetText, kind: TableKind, errors: ValidationError[]): Rows | null {
	const table = parseTable(file.text, { delimiter: ',' });
	const header = (table.rows[0] ?? []).map(normalizeHeader);
	const missing = SCHEMA[kind].columns.filter((c) => !header.includes(c));
	if (missing.length > 0) {
		errors.push({ file: file.name, line: 1, message: `missing column(s): ${missing.join(', ')}` });
		return null;
	}
	for (const [index, why] of table.malformed) {
		errors.push({ file: file.name, line: table.lines[index] ?? 0, message: why });
	}
	const records = table.rows.slice(1).map((row, i) => {
		const line = table.lines[i + 1] ?? 0;
		if (row.length !== header.length) {
			errors.push({
				file: file.name,
				line,
				message: `${row.length} fields, the header has ${header.length}`
			});
		}
		return { line, get: (column: string) => (row[header.indexOf(column)] ?? '').trim() };
	});
	return { file: file.name, columns: header, records };
}

export function validateDatasetTexts(files: DatasetText[]): ValidationError[] {
	const errors: ValidationError[] = [];
	const tables = new Map<TableKind, Rows>();
	for (const kind of [...REQUIRED_FILES, ...OPTIONAL_FILES]) {
		const file = files.find((f) => f.name.replace(/\.csv$/i, '') === kind);
		if (!file) {
			if (REQUIRED_FILES.includes(kind))
				errors.push({ file: `${kind}.csv`, line: 0, message: 'file is missing' });
			continue;
		}
		const rows = readTable(file, kind, errors);
		if (rows) tables.set(kind, rows);
	}

	const check = (rows: Rows, line: number, ok: boolean, message: string) => {
		if (!ok) errors.push({ file: rows.file, line, message });
	};
	const checkCommon = (kind: TableKind, rows: Rows) => {
		for (const r of rows.records) {
			for (const column of SCHEMA[kind].dates) {
				const value = r.get(column);
				check(
					rows,
					r.line,
					value === '' || ISO_DATE.test(value),
					`${column} "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`
				);
			}
			const [startCol, endCol] = SCHEMA[kind].dates;
			if (startCol && endCol) {
				const start = r.get(startCol);
				const end = r.get(endCol);
				if (ISO_DATE.test(start) && ISO_DATE.test(end)) {
					check(
						rows,
						r.line,
						isOrdered(start, end),
						`${endCol} ${end} is before ${startCol} ${start}`
					);
				}
			}
			check(rows, r.line, r.get('source_ref') !== '', 'source_ref is empty');
			for (const column of rows.columns) {
				const shortened = SHORTENED_URL.exec(r.get(column))?.[0];
				check(
					rows,
					r.line,
					shortened === undefined,
					`${column}: the URL "${shortened}" is cut short with an ellipsis; give the full address`
				);
			}
		}
	};

	const ids = new Map<string, number>();
	const lifetimes = new Map<string, { founded: string; dissolved: string }>();
	const orgs = tables.get('organizations');
	if (orgs) {
		checkCommon('organizations', orgs);
		for (const r of orgs.records) {
			const id = r.get('id');
			check(
				orgs,
				r.line,
				/^[a-z0-9][a-z0-9_.-]*$/.test(id),
				`id "${id}" is not a lowercase ASCII slug`
			);
			check(orgs, r.line, !ids.has(id), `id "${id}" is already used on line ${ids.get(id)}`);
			if (!ids.has(id)) {
				ids.set(id, r.line);
				lifetimes.set(id, { founded: r.get('founded'), dissolved: r.get('dissolved') });
			}
			check(orgs, r.line, r.get('name') !== '', 'name is empty');
			check(orgs, r.line, r.get('kind') !== '', 'kind is empty');
			const website = r.get('website');
			check(
				orgs,
				r.line,
				website === '' || /^https?:\/\/\S+$/.test(website),
				`website "${website}" is not an http(s) URL`
			);
		}
	}
	const known = (rows: Rows, line: number, column: string, id: string) =>
		check(rows, line, ids.has(id), `${column} "${id}" is not an organization id`);

	const relations = tables.get('relations');
	if (relations) {
		checkCommon('relations', relations);
		for (const r of relations.records) {
			known(relations, r.line, 'source', r.get('source'));
			known(relations, r.line, 'target', r.get('target'));
			check(
				relations,
				r.line,
				RELATION_TYPES.includes(r.get('type')),
				`type "${r.get('type')}" is not in the vocabulary (${RELATION_TYPES.join(', ')})`
			);
			const confidence = r.get('confidence');
			check(
				relations,
				r.line,
				(CONFIDENCE_LEVELS as readonly string[]).includes(confidence),
				`confidence "${confidence}" is not one of ${CONFIDENCE_LEVELS.join(', ')}`
			);
			const weight = r.get('weight');
			check(
				relations,
				r.line,
				weight === '' || (Number.isFinite(Number(weight)) && Number(weight) > 0),
				`weight "${weight}" is not a positive number`
			);
		}
	}
	// A founding congress may open the day before the founding date, so the test is whether the
	// congress's days overlap the lifetime, each date read at its own precision.
	const checkLifetime = (rows: Rows, r: Rows['records'][number]) => {
		const org = r.get('org');
		const life = lifetimes.get(org);
		const [start, end] = [r.get('start'), r.get('end') || r.get('start')];
		if (!life || !ISO_DATE.test(start) || !ISO_DATE.test(end)) return;
		const notes = r.get('notes');
		if (ISO_DATE.test(life.dissolved) && !isOrdered(start, life.dissolved)) {
			check(
				rows,
				r.line,
				AFTER_DISSOLUTION.test(notes),
				`start ${start} is after "${org}" was dissolved (${life.dissolved}): give the congress to the organization that held it, correct the dates, or say in notes why it was held "after the dissolution"`
			);
		}
		if (ISO_DATE.test(life.founded) && !isOrdered(life.founded, end)) {
			check(
				rows,
				r.line,
				BEFORE_FOUNDING.test(notes),
				`end ${end} is before "${org}" was founded (${life.founded}): give the congress to the organization that held it, correct the dates, or say in notes why it was held "before the founding"`
			);
		}
	};
	const congresses = tables.get('congresses');
	if (congresses) {
		checkCommon('congresses', congresses);
		for (const r of congresses.records) {
			known(congresses, r.line, 'org', r.get('org'));
			checkLifetime(congresses, r);
			for (const column of ['ordinal', 'attendance']) {
				const value = r.get(column);
				check(
					congresses,
					r.line,
					value === '' || /^\d+$/.test(value),
					`${column} "${value}" is not a whole number`
				);
			}
		}
	}
	const membership = tables.get('membership');
	if (membership) {
		checkCommon('membership', membership);
		for (const r of membership.records) {
			known(membership, r.line, 'org', r.get('org'));
			check(
				membership,
				r.line,
				/^\d+$/.test(r.get('members')),
				`members "${r.get('members')}" is not a whole number`
			);
			check(
				membership,
				r.line,
				(MEMBERSHIP_KINDS as readonly string[]).includes(r.get('kind')),
				`kind "${r.get('kind')}" is not one of ${MEMBERSHIP_KINDS.join(', ')}`
			);
		}
	}
	return errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
