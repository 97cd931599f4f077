// The shown organizations and relations as two CSV files in our own schema (data/README.md), so that
// Splinter re-imports them with no mapping step. Columns the schema does not name follow it.
import { detectRelationRoles } from '$lib/data/column-roles';
import { toCsv } from '$lib/data/csv-write';
import { SCHEMA, normalizeHeader } from '$lib/data/schema';
import type { Dataset, Organization, Relation } from '$lib/data/types';
import { isDirectedType } from '$lib/data/vocabulary';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { inSlices } from './in-slices';
import { extraNames, shownRecords } from './records';

/** Each file as text parts, to be joined (or made a Blob of). */
export interface TableExport {
	organizations: string[];
	relations: string[];
}

const ROWS_A_PART = 1000;

/**
 * toCsv's document a thousand rows at a time, in slices. Quoting is decided cell by cell, so the
 * parts joined are exactly the text of one toCsv call, which held the page for a second and more.
 */
async function csvParts(rows: readonly (readonly string[])[]): Promise<string[]> {
	const starts = Array.from(
		{ length: Math.ceil(rows.length / ROWS_A_PART) },
		(_, i) => i * ROWS_A_PART
	);
	const parts: string[] = [];
	await inSlices(
		starts,
		(start) => {
			if (start > 0) parts.push('\r\n');
			parts.push(toCsv(rows.slice(start, start + ROWS_A_PART)));
		},
		1
	);
	return parts;
}

/** Headers that make the importer take a table for congresses or membership figures. */
const CLASSIFYING = new Set(['org', 'members', 'ordinal', 'location', 'attendance']);

/** An extra column whose name the importer would read as something else (a schema column, a
 * relation role, another kind of table) is written as `attribute:<name>`: renamed, never dropped. */
function headerFor(extra: string, schema: readonly string[]): string {
	const name = normalizeHeader(extra);
	const clash =
		schema.includes(name) ||
		CLASSIFYING.has(name) ||
		detectRelationRoles([extra], [])[0] !== 'attribute';
	return clash ? `attribute:${extra}` : extra;
}

export async function tableExport(sub: SplinterGraph, dataset: Dataset): Promise<TableExport> {
	const records = shownRecords(sub, dataset);
	const orgs: Organization[] = [];
	const rels: Relation[] = [];
	await inSlices(sub.nodes(), (node) => orgs.push(records.organization(node)));
	await inSlices(sub.edges(), (edge) => rels.push(records.relation(edge)));

	const orgSchema = SCHEMA.organizations.columns;
	const orgExtras = extraNames(orgs);
	const orgRows = orgs.map((o) => [
		o.id,
		o.name,
		o.nameNative,
		o.aliases.join('|'),
		o.kind,
		o.founded,
		o.dissolved,
		o.country,
		o.leader,
		o.ideology,
		o.website,
		o.sourceRef,
		o.notes,
		...orgExtras.map((name) => (Object.hasOwn(o.attributes, name) ? o.attributes[name]! : ''))
	]);

	const relSchema = SCHEMA.relations.columns;
	// Direction is the type's unless the data said otherwise; only then is it written out.
	const direction = rels.some((r) => r.directed !== isDirectedType(r.type));
	const relExtras = extraNames(rels);
	const relRows = rels.map((r) => [
		r.source,
		r.target,
		r.type,
		r.start,
		r.end,
		r.label,
		String(r.weight),
		r.confidence,
		r.sourceRef,
		r.notes,
		...(direction ? [r.directed ? 'directed' : 'undirected'] : []),
		...relExtras.map((name) => (Object.hasOwn(r.attributes, name) ? r.attributes[name]! : ''))
	]);

	return {
		organizations: await csvParts([
			[...orgSchema, ...orgExtras.map((e) => headerFor(e, orgSchema))],
			...orgRows
		]),
		relations: await csvParts([
			[
				...relSchema,
				...(direction ? ['direction'] : []),
				...relExtras.map((e) => headerFor(e, relSchema))
			],
			...relRows
		])
	};
}
