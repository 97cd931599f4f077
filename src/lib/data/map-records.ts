// Rows of our node, congress and membership tables (data/README.md) to records.
import type { MappedRows, RowsInput } from './map-relations';
import { isOrdered, parseDate } from './dates';
import { setOwn } from './own-record';
import { isReservedId, reservedIdDetail } from './reserved-ids';
import { normalizeHeader } from './schema';
import type {
	Congress,
	Diagnostic,
	Membership,
	MembershipKind,
	Organization,
	RowOrigin
} from './types';
import { MEMBERSHIP_KINDS } from './vocabulary';

type Cells = (name: string) => string;

interface RowContext {
	cell: Cells;
	origin: RowOrigin;
	/** Records a problem; errors reject the row, warnings keep it. */
	report: (severity: 'error' | 'warning', reason: string, detail: string, column?: string) => void;
	date: (column: string) => string;
	columnOf: (name: string) => number | undefined;
	extra: () => Record<string, string>;
}

/** Shared row loop: builds each record or rejects the row, and keeps the accounting. */
function mapRows<T>(
	input: RowsInput,
	known: readonly string[],
	build: (ctx: RowContext) => T | null
): MappedRows<T> {
	const names = input.header.map(normalizeHeader);
	const index = new Map<string, number>();
	names.forEach((n, i) => {
		if (!index.has(n)) index.set(n, i);
	});
	const records: T[] = [];
	const diagnostics: Diagnostic[] = [];
	let rejected = 0;
	let warned = 0;
	input.rows.forEach((row, r) => {
		const line = input.lines[r] ?? 0;
		let failed = false;
		let hasWarning = false;
		const columnOf = (name: string) => index.get(name);
		const report: RowContext['report'] = (severity, reason, detail, column) => {
			const at = column !== undefined ? columnOf(column) : undefined;
			const suffix = severity === 'error' ? ' - the row was skipped' : '';
			diagnostics.push({
				file: input.file,
				line,
				column: at !== undefined ? at + 1 : undefined,
				severity,
				reason,
				detail: detail + suffix
			});
			if (severity === 'error') failed = true;
			else hasWarning = true;
		};
		const cell: Cells = (name) => {
			const at = index.get(name);
			return at === undefined ? '' : (row[at] ?? '').trim();
		};
		const date = (column: string) => {
			const parsed = parseDate(cell(column));
			if (parsed.ok) return parsed.iso;
			report('warning', 'unparseable-date', `${column}: ${parsed.error}; kept without it`, column);
			return '';
		};
		const extra = () => {
			const out: Record<string, string> = {};
			names.forEach((n, i) => {
				if (!known.includes(n)) setOwn(out, input.header[i] ?? n, row[i] ?? '');
			});
			return out;
		};
		const malformed = input.malformed.get(r);
		let record: T | null = null;
		if (malformed) report('error', 'malformed-quoting', malformed);
		else
			record = build({ cell, origin: { file: input.file, line }, report, date, columnOf, extra });
		if (failed || record === null) {
			rejected++;
			return;
		}
		if (hasWarning) warned++;
		records.push(record);
	});
	return { records, diagnostics, rejected, warned };
}

function optionalInt(ctx: RowContext, column: string): number | null {
	const raw = ctx.cell(column).replace(/[\s,]/g, '');
	if (!raw) return null;
	const n = Number(raw);
	if (Number.isInteger(n) && n >= 0) return n;
	ctx.report(
		'warning',
		'bad-number',
		`${column} "${ctx.cell(column)}" is not a whole number; left empty`,
		column
	);
	return null;
}

export function mapOrganizations(
	input: RowsInput,
	known: readonly string[]
): MappedRows<Organization> {
	return mapRows(input, known, (ctx) => {
		const id = ctx.cell('id');
		if (!id) {
			ctx.report('error', 'empty-id', '"id" is empty', 'id');
			return null;
		}
		if (isReservedId(id)) {
			ctx.report('error', 'reserved-id', reservedIdDetail(id, 'id'), 'id');
			return null;
		}
		const founded = ctx.date('founded');
		const dissolved = ctx.date('dissolved');
		if (!isOrdered(founded, dissolved)) {
			ctx.report(
				'warning',
				'end-before-start',
				`dissolved ${dissolved} is before founded ${founded}`,
				'dissolved'
			);
		}
		return {
			id,
			name: ctx.cell('name') || ctx.cell('label') || id,
			nameNative: ctx.cell('name_native'),
			aliases: ctx
				.cell('aliases')
				.split('|')
				.map((a) => a.trim())
				.filter(Boolean),
			kind: ctx.cell('kind') || ctx.cell('type') || ctx.cell('group'),
			founded,
			dissolved,
			country: ctx.cell('country'),
			leader: ctx.cell('leader'),
			ideology: ctx.cell('ideology'),
			website: ctx.cell('website') || ctx.cell('url'),
			sourceRef: ctx.cell('source_ref'),
			notes: ctx.cell('notes') || ctx.cell('description'),
			attributes: ctx.extra(),
			origin: ctx.origin
		};
	});
}

export function mapCongresses(input: RowsInput, known: readonly string[]): MappedRows<Congress> {
	return mapRows(input, known, (ctx) => {
		const org = ctx.cell('org');
		if (!org) {
			ctx.report('error', 'empty-org', '"org" is empty', 'org');
			return null;
		}
		const start = ctx.date('start');
		const end = ctx.date('end');
		if (!isOrdered(start, end))
			ctx.report('warning', 'end-before-start', `end ${end} is before start ${start}`, 'end');
		return {
			org,
			ordinal: optionalInt(ctx, 'ordinal'),
			name: ctx.cell('name'),
			start,
			end,
			location: ctx.cell('location'),
			attendance: optionalInt(ctx, 'attendance'),
			sourceRef: ctx.cell('source_ref'),
			notes: ctx.cell('notes'),
			origin: ctx.origin
		};
	});
}

export function mapMembership(input: RowsInput, known: readonly string[]): MappedRows<Membership> {
	return mapRows(input, known, (ctx) => {
		const org = ctx.cell('org');
		if (!org) {
			ctx.report('error', 'empty-org', '"org" is empty', 'org');
			return null;
		}
		const members = optionalInt(ctx, 'members');
		if (members === null) {
			ctx.report('error', 'no-members', '"members" has no whole number', 'members');
			return null;
		}
		const rawKind = ctx.cell('kind').toLowerCase();
		const kind = (MEMBERSHIP_KINDS as readonly string[]).includes(rawKind)
			? (rawKind as MembershipKind)
			: 'stated';
		if (rawKind && kind !== rawKind) {
			ctx.report(
				'warning',
				'unknown-kind',
				`kind "${rawKind}" is not stated/claimed/estimate; read as stated`,
				'kind'
			);
		}
		return {
			org,
			date: ctx.date('date'),
			members,
			kind,
			sourceRef: ctx.cell('source_ref'),
			origin: ctx.origin
		};
	});
}
