// Cross-file checks after every file is mapped: duplicate node ids, endpoints without a node row
// (a node is inferred), congress and membership rows of unknown organizations.
import type { Dataset, Organization, Relation, TableKind } from './types';

/** The record of an organization known only by its id (an edge's endpoint, a projected tie's end). */
export function inferredOrganization(id: string): Organization {
	return {
		id,
		name: id,
		nameNative: '',
		aliases: [],
		kind: '',
		founded: '',
		dissolved: '',
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

/** Cross-file checks. Rows rejected here move from `imported` to `rejected` in their file's account. */
export function reconcile(dataset: Dataset): void {
	const accountOf = (file: string, table: TableKind) =>
		dataset.accounts.find((a) => a.file === file && a.table === table);
	const rejectRow = (
		file: string,
		line: number,
		table: TableKind,
		reason: string,
		detail: string
	) => {
		dataset.diagnostics.push({
			file,
			line,
			severity: 'error',
			reason,
			detail: `${detail} - the row was skipped`
		});
		const account = accountOf(file, table);
		if (account) {
			account.imported--;
			account.rejected++;
		}
	};

	const byId = new Map<string, Organization>();
	dataset.organizations = dataset.organizations.filter((org) => {
		const previous = byId.get(org.id);
		if (previous) {
			rejectRow(
				org.origin!.file,
				org.origin!.line,
				'organizations',
				'duplicate-id',
				`id "${org.id}" was already defined on line ${previous.origin?.line}`
			);
			return false;
		}
		byId.set(org.id, org);
		return true;
	});

	const hasNodeTable = dataset.accounts.some((a) => a.table === 'organizations');
	const infer = (end: string, relation: Relation) => {
		const org = inferredOrganization(end);
		byId.set(end, org);
		dataset.organizations.push(org);
		if (hasNodeTable) {
			dataset.diagnostics.push({
				file: relation.origin.file,
				line: relation.origin.line,
				severity: 'warning',
				reason: 'unknown-endpoint',
				detail: `"${end}" is not in the node table; a node was added for it`
			});
		}
	};
	// Once per relation of large files: two lookups, nothing allocated for a known end.
	for (const relation of dataset.relations) {
		if (!byId.has(relation.source)) infer(relation.source, relation);
		if (!byId.has(relation.target)) infer(relation.target, relation);
	}

	const keepKnownOrg = <T extends { org: string; origin: { file: string; line: number } }>(
		rows: T[],
		table: TableKind
	) =>
		rows.filter((row) => {
			if (byId.has(row.org)) return true;
			rejectRow(
				row.origin.file,
				row.origin.line,
				table,
				'unknown-org',
				`org "${row.org}" is not in the node table or the edge list`
			);
			return false;
		});
	dataset.congresses = keepKnownOrg(dataset.congresses, 'congresses');
	dataset.membership = keepKnownOrg(dataset.membership, 'membership');
}
