// Table rows to relations: every row is imported or rejected with a line number and a reason.
import type { RelationRole } from './column-roles';
import { isOrdered, parseDate } from './dates';
import { parseInterval } from './interval';
import type { Diagnostic, Relation } from './types';
import { FALLBACK_TYPE, isDirectedType } from './vocabulary';

export interface MappedRows<T> {
	records: T[];
	diagnostics: Diagnostic[];
	rejected: number;
	warned: number;
}

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

export function mapRelations(input: RowsInput, roles: RelationRole[]): MappedRows<Relation> {
	const records: Relation[] = [];
	const diagnostics: Diagnostic[] = [];
	let rejected = 0;
	const warnedLines = new Set<number>();
	const col = (role: RelationRole) => roles.indexOf(role);
	const at = {
		source: col('source'),
		target: col('target'),
		type: col('type'),
		direction: col('direction'),
		start: col('start'),
		end: col('end'),
		date: col('date'),
		interval: col('interval'),
		weight: col('weight'),
		label: col('label'),
		confidence: col('confidence'),
		sourceRef: col('source_ref'),
		notes: col('notes'),
		tags: col('tags')
	};

	input.rows.forEach((row, index) => {
		const line = input.lines[index] ?? 0;
		const cell = (i: number) => (i >= 0 ? (row[i] ?? '').trim() : '');
		const report = (
			reason: string,
			detail: string,
			column?: number,
			severity: 'error' | 'warning' = 'error'
		) => {
			diagnostics.push({ file: input.file, line, column, severity, reason, detail });
			if (severity === 'warning') warnedLines.add(line);
		};
		const reject = (reason: string, detail: string, column?: number) => {
			report(reason, `${detail} - the row was skipped`, column);
			rejected++;
		};

		const malformed = input.malformed.get(index);
		if (malformed) return reject('malformed-quoting', malformed);
		const source = cell(at.source);
		const target = cell(at.target);
		if (row.length <= Math.max(at.source, at.target)) {
			return reject('too-few-fields', `only ${row.length} field(s), the endpoints are missing`);
		}
		if (!source) return reject('empty-endpoint', '"source" is empty', at.source + 1);
		if (!target) return reject('empty-endpoint', '"target" is empty', at.target + 1);

		// Types outside our vocabulary are the user's own categories and keep their names.
		const type = cell(at.type) || FALLBACK_TYPE;
		const dates: Record<'start' | 'end', string> = { start: '', end: '' };
		const readDate = (key: 'start' | 'end', i: number) => {
			const parsed = parseDate(cell(i));
			if (parsed.ok) dates[key] = parsed.iso;
			else report('unparseable-date', `${key}: ${parsed.error}; kept without it`, i + 1, 'warning');
		};
		if (at.start >= 0) readDate('start', at.start);
		if (at.end >= 0) readDate('end', at.end);
		if (at.date >= 0 && !dates.start) readDate('start', at.date);
		if (at.interval >= 0 && cell(at.interval)) {
			const interval = parseInterval(cell(at.interval));
			if (interval.ok) {
				dates.start ||= interval.start;
				dates.end ||= interval.end;
			} else
				report(
					'unparseable-date',
					`interval: ${interval.error}; kept without it`,
					at.interval + 1,
					'warning'
				);
		}
		if (!isOrdered(dates.start, dates.end)) {
			report(
				'end-before-start',
				`end ${dates.end} is before start ${dates.start}`,
				at.end + 1,
				'warning'
			);
		}

		let weight = 1;
		const rawWeight = cell(at.weight);
		if (rawWeight) {
			const n = Number(rawWeight.replace(',', '.'));
			if (Number.isFinite(n)) weight = n;
			else
				report(
					'bad-weight',
					`weight "${rawWeight}" is not a number; 1 was used`,
					at.weight + 1,
					'warning'
				);
		}
		if (source === target)
			report('self-loop', `"${source}" is tied to itself (kept)`, undefined, 'warning');

		const attributes: Record<string, string> = {};
		roles.forEach((role, i) => {
			if (role === 'attribute' || role === 'id')
				attributes[input.header[i] ?? `column ${i + 1}`] = row[i] ?? '';
		});
		if (at.tags >= 0 && cell(at.tags)) attributes.tags = cell(at.tags);
		records.push({
			id: `${input.file}:${line}`,
			source,
			target,
			type,
			directed: at.direction >= 0 ? directionOf(cell(at.direction), type) : isDirectedType(type),
			start: dates.start,
			end: dates.end,
			label: cell(at.label),
			weight,
			confidence: cell(at.confidence),
			sourceRef: cell(at.sourceRef),
			notes: cell(at.notes),
			attributes,
			origin: { file: input.file, line }
		});
	});
	return { records, diagnostics, rejected, warned: warnedLines.size };
}
