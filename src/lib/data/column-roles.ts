// Which role each column of an edge list plays, from its header and, where names collide, its values.
// Conventions: Gephi, Kumu, Onodo, Flourish, vis/d3 and Russian headers (shared/docs/csv-conventions.md).
import { parseDate } from './dates';
import { normalizeHeader } from './schema';

export const RELATION_ROLES = [
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
	'tags',
	'id',
	'attribute',
	'ignore'
] as const;
export type RelationRole = (typeof RELATION_ROLES)[number];

const SYNONYMS: Record<string, RelationRole> = {
	source: 'source',
	from: 'source',
	source_id: 'source',
	источник: 'source',
	откуда: 'source',
	от: 'source',
	организация: 'source',
	организация_1: 'source',
	target: 'target',
	to: 'target',
	target_id: 'target',
	получатель: 'target',
	цель: 'target',
	куда: 'target',
	организация_2: 'target',
	партнёр: 'target',
	партнер: 'target',
	type: 'type',
	kind: 'type',
	relation: 'type',
	relationship: 'type',
	relation_type: 'type',
	interaction: 'type',
	тип: 'type',
	связь: 'type',
	тип_связи: 'type',
	вид_связи: 'type',
	direction: 'direction',
	directed: 'direction',
	направление: 'direction',
	start: 'start',
	start_date: 'start',
	begin: 'start',
	начало: 'start',
	год_начала: 'start',
	end: 'end',
	end_date: 'end',
	конец: 'end',
	окончание: 'end',
	год_окончания: 'end',
	date: 'date',
	at: 'date',
	timestamp: 'date',
	дата: 'date',
	year: 'date',
	год: 'date',
	interval: 'interval',
	timeset: 'interval',
	time_interval: 'interval',
	weight: 'weight',
	value: 'weight',
	strength: 'weight',
	вес: 'weight',
	label: 'label',
	метка: 'label',
	confidence: 'confidence',
	source_ref: 'source_ref',
	reference: 'source_ref',
	source_reference: 'source_ref',
	sources: 'source_ref',
	citation: 'source_ref',
	источник_сведений: 'source_ref',
	notes: 'notes',
	note: 'notes',
	description: 'notes',
	примечание: 'notes',
	описание: 'notes',
	tags: 'tags',
	теги: 'tags',
	id: 'id'
};

const DIRECTION_WORDS = new Set([
	'directed',
	'undirected',
	'mutual',
	'направленная',
	'ненаправленная'
]);

function mostlyDates(values: string[]): boolean {
	const filled = values.filter((v) => v.trim() !== '');
	return filled.length > 0 && filled.filter((v) => parseDate(v).ok).length >= filled.length * 0.8;
}

function roleByName(header: string): RelationRole {
	const name = normalizeHeader(header);
	// hasOwn: a header such as "constructor" must not find Object.prototype's members.
	if (Object.hasOwn(SYNONYMS, name)) return SYNONYMS[name]!;
	if (name.includes('interval') || name.includes('timeset')) return 'interval';
	return 'attribute';
}

/**
 * Picks a role per column. `sample` is a few data rows, used where header names collide:
 * a Type column holding only directed/undirected is a direction (Gephi), From/To columns holding
 * dates are dates when other columns are the endpoints (Onodo), and Gephi's Kind labels the type.
 */
export function detectRelationRoles(header: string[], sample: string[][]): RelationRole[] {
	const names = header.map(normalizeHeader);
	const roles = header.map(roleByName);
	const column = (i: number) => sample.map((row) => row[i] ?? '');

	names.forEach((name, i) => {
		if (roles[i] !== 'type') return;
		const values = column(i)
			.map((v) => v.trim().toLowerCase())
			.filter((v) => v !== '');
		if (values.length > 0 && values.every((v) => DIRECTION_WORDS.has(v))) roles[i] = 'direction';
	});
	// Onodo: Source/Target are endpoints, so From/To are the dates of the tie.
	const hasExplicitEndpoints = names.includes('source') || names.includes('источник');
	names.forEach((name, i) => {
		if (!hasExplicitEndpoints) return;
		if (name === 'from' && mostlyDates(column(i))) roles[i] = 'start';
		if (name === 'to' && mostlyDates(column(i))) roles[i] = 'end';
	});
	// One column per role: a later duplicate (e.g. Gephi's Kind after Type) keeps its data as an attribute.
	const seen = new Set<RelationRole>();
	return roles.map((role) => {
		if (role === 'attribute' || role === 'ignore') return role;
		if (seen.has(role)) return 'attribute';
		seen.add(role);
		return role;
	});
}

/** A file with no header row (SNAP-style `a<TAB>b`): the first columns are source, target, weight. */
export function headerlessRoles(width: number): RelationRole[] {
	const roles: RelationRole[] = ['source', 'target', 'weight'];
	return Array.from({ length: width }, (_, i) => roles[i] ?? 'attribute');
}

/** True when the first row looks like a header rather than data. */
export function looksLikeHeader(first: string[]): boolean {
	if (first.some((cell) => roleByName(cell) !== 'attribute')) return true;
	return !first.every((cell) => /^-?\d+(\.\d+)?$/.test(cell.trim()));
}
