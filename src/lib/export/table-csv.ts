// The shown organizations and relations as two CSV files in our own schema (data/README.md), so that
// Splinter re-imports them with no mapping step. Records come from the dataset; a projected tie has
// no record of its own and is written from the graph. Columns the schema does not name follow it.
import { detectRelationRoles } from '$lib/data/column-roles';
import { toCsv } from '$lib/data/csv-write';
import { SCHEMA, normalizeHeader } from '$lib/data/schema';
import type { Dataset, Organization, Relation } from '$lib/data/types';
import { isDirectedType } from '$lib/data/vocabulary';
import type { SplinterGraph } from '$lib/graph/build-graph';

export interface TableExport {
	organizations: string;
	relations: string;
}

function extraColumns(records: { attributes: Record<string, string> }[]): string[] {
	const names = new Set<string>();
	for (const record of records) for (const name of Object.keys(record.attributes)) names.add(name);
	return [...names].sort();
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

function organizationOf(
	node: string,
	graph: SplinterGraph,
	byId: ReadonlyMap<string, Organization>
): Organization {
	const known = byId.get(node);
	if (known) return known;
	const a = graph.getNodeAttributes(node);
	return {
		id: node,
		name: a.label,
		nameNative: '',
		aliases: [],
		kind: a.kind,
		founded: a.founded,
		dissolved: a.dissolved,
		country: '',
		leader: '',
		ideology: '',
		website: '',
		sourceRef: '',
		notes: '',
		attributes: {},
		origin: null
	};
}

function relationOf(
	edge: string,
	graph: SplinterGraph,
	byId: ReadonlyMap<string, Relation>
): Relation {
	const known = byId.get(edge);
	if (known) return known;
	const a = graph.getEdgeAttributes(edge);
	return {
		id: edge,
		source: graph.source(edge),
		target: graph.target(edge),
		type: a.relation,
		directed: graph.isDirected(edge),
		start: a.start,
		end: a.end,
		label: a.label,
		weight: a.weight,
		confidence: '',
		sourceRef: '',
		notes: '',
		attributes: {},
		origin: { file: '', line: 0 }
	};
}

export function tableExport(sub: SplinterGraph, dataset: Dataset): TableExport {
	const orgsById = new Map(dataset.organizations.map((o) => [o.id, o]));
	const relsById = new Map(dataset.relations.map((r) => [r.id, r]));
	const orgs = sub.mapNodes((node) => organizationOf(node, sub, orgsById));
	const rels = sub.mapEdges((edge) => relationOf(edge, sub, relsById));

	const orgSchema = SCHEMA.organizations.columns;
	const orgExtras = extraColumns(orgs);
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
	const relExtras = extraColumns(rels);
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
		organizations: toCsv([
			[...orgSchema, ...orgExtras.map((e) => headerFor(e, orgSchema))],
			...orgRows
		]),
		relations: toCsv([
			[
				...relSchema,
				...(direction ? ['direction'] : []),
				...relExtras.map((e) => headerFor(e, relSchema))
			],
			...relRows
		])
	};
}
