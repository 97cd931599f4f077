// Rows of the organizations table (the graph's table twin): every visible organization with its
// kind, dates, degree and relation counts per type, all counted over visible relations only.
import { statsByOrg } from '$lib/charts/congress-intervals';
import type { Congress, Organization } from '$lib/data/types';
import { RELATION_TYPES } from '$lib/data/vocabulary';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { isEdgeVisible, isNodeVisible, type Visibility } from '$lib/graph/visibility';
import { nameCollator } from '$lib/i18n/collate';

export interface OrganizationRow {
	id: string;
	name: string;
	kind: string;
	founded: string;
	dissolved: string;
	degree: number;
	/** Visible relations of each type touching this organization. */
	counts: Record<string, number>;
	/** Years between congresses (see congress-intervals.ts); null with fewer than two dated. */
	meanInterval: number | null;
	longestInterval: number | null;
}

export interface TableData {
	rows: OrganizationRow[];
	/** Relation types with at least one visible relation, vocabulary order first. */
	types: string[];
}

export function tableData(
	graph: SplinterGraph,
	organizations: readonly Organization[],
	visibility: Visibility,
	congresses: readonly Congress[] = [],
	/** The name shown (and sorted by), e.g. the native one. */
	nameOf: (org: Organization) => string = (org) => org.name
): TableData {
	const rows = new Map<string, OrganizationRow>();
	const intervals = statsByOrg(congresses);
	for (const org of organizations) {
		if (!graph.hasNode(org.id) || !isNodeVisible(visibility, org.id)) continue;
		const stats = intervals.get(org.id);
		rows.set(org.id, {
			id: org.id,
			name: nameOf(org),
			kind: org.kind,
			founded: org.founded,
			dissolved: org.dissolved,
			degree: 0,
			// No prototype: relation types come from files and may be named "__proto__".
			counts: Object.create(null) as Record<string, number>,
			meanInterval: stats?.mean ?? null,
			longestInterval: stats?.longest?.years ?? null
		});
	}
	const types = new Set<string>();
	graph.forEachEdge((edge, attributes, source, target) => {
		if (!isEdgeVisible(visibility, edge, source, target)) return;
		types.add(attributes.relation);
		for (const end of [source, target]) {
			const row = rows.get(end);
			if (!row) continue;
			row.degree++;
			row.counts[attributes.relation] = (row.counts[attributes.relation] ?? 0) + 1;
		}
	});
	const order = (type: string) => {
		const index = RELATION_TYPES.indexOf(type);
		return index === -1 ? RELATION_TYPES.length : index;
	};
	return {
		rows: [...rows.values()],
		types: [...types].sort((a, b) => order(a) - order(b) || a.localeCompare(b))
	};
}

export type SortColumn =
	| 'name'
	| 'kind'
	| 'founded'
	| 'dissolved'
	| 'degree'
	| 'meanInterval'
	| 'longestInterval'
	| `type:${string}`;
export type SortDirection = 'ascending' | 'descending';

function value(row: OrganizationRow, column: SortColumn): string | number | null {
	if (column.startsWith('type:')) return row.counts[column.slice(5)] ?? 0;
	return row[column as Exclude<SortColumn, `type:${string}`>];
}

/**
 * Sorted copy. Text compares by locale (so Cyrillic sorts properly) and ignores punctuation such as
 * quotation marks, numbers numerically; empty
 * text (an unknown date) and missing numbers (no interval) go last in either direction. Ties keep
 * name order.
 */
export function sortRows(
	rows: readonly OrganizationRow[],
	column: SortColumn,
	direction: SortDirection,
	locale = 'en'
): OrganizationRow[] {
	const collator = nameCollator(locale);
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = value(a, column);
		const y = value(b, column);
		const missingX = x === '' || x === null;
		if (missingX !== (y === '' || y === null)) return missingX ? 1 : -1;
		const primary =
			typeof x === 'number' && typeof y === 'number'
				? x - y
				: collator.compare(String(x), String(y));
		return sign * primary || collator.compare(a.name, b.name);
	});
}
