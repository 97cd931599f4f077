// The import pipeline in one call: bytes → text → table → typed records + diagnostics, for each file,
// then the cross-file checks (duplicate ids, endpoints without a node row). Pure: no DOM, no Svelte.
import {
	detectRelationRoles,
	headerlessRoles,
	looksLikeHeader,
	type RelationRole
} from './column-roles';
import { decodeBytes, type EncodingName } from './decode';
import { mapCongresses, mapMembership, mapOrganizations } from './map-records';
import { mapRelations, type MappedRows, type RowsInput } from './map-relations';
import { parseTable } from './parse-table';
import { SCHEMA, normalizeHeader } from './schema';
import type { Dataset, FileAccount, Organization, TableKind } from './types';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

export interface LoadOptions {
	name?: string;
	/** Per file name: an encoding the user chose instead of the detected one. */
	encoding?: Record<string, EncodingName>;
	delimiter?: Record<string, string>;
	/** Per file name: column roles the user chose in the mapping step. */
	roles?: Record<string, RelationRole[]>;
}

/** What kind of table a header describes; null when it cannot tell. */
export function classifyTable(header: string[], roles: RelationRole[]): TableKind | null {
	const names = new Set(header.map(normalizeHeader));
	if (roles.includes('source') && roles.includes('target')) return 'relations';
	if (names.has('org') && names.has('members')) return 'membership';
	if (
		names.has('org') &&
		(names.has('ordinal') || names.has('location') || names.has('attendance'))
	)
		return 'congresses';
	if (names.has('id') || names.has('name') || names.has('label')) return 'organizations';
	return null;
}

export function emptyDataset(name: string): Dataset {
	return {
		name,
		organizations: [],
		relations: [],
		congresses: [],
		membership: [],
		diagnostics: [],
		accounts: []
	};
}

export function loadDataset(files: InputFile[], options: LoadOptions = {}): Dataset {
	const dataset = emptyDataset(
		options.name ?? files.map((f) => f.name.replace(/\.[^.]+$/, '')).join('+')
	);
	for (const file of files) loadFile(dataset, file, options);
	reconcile(dataset);
	return dataset;
}

function loadFile(dataset: Dataset, file: InputFile, options: LoadOptions): void {
	const decoded = decodeBytes(file.bytes, options.encoding?.[file.name]);
	const table = parseTable(decoded.text, { delimiter: options.delimiter?.[file.name] });
	const fail = (detail: string): void => {
		dataset.diagnostics.push({
			file: file.name,
			line: 0,
			severity: 'error',
			reason: 'unreadable-file',
			detail
		});
	};
	if (table.rows.length === 0) return fail('the file has no rows');

	const first = table.rows[0]!;
	const hasHeader = options.roles?.[file.name] ? true : looksLikeHeader(first);
	const header = hasHeader ? first : first.map((_, i) => `column ${i + 1}`);
	const body = hasHeader ? 1 : 0;
	const input: RowsInput = {
		file: file.name,
		header,
		rows: table.rows.slice(body),
		lines: table.lines.slice(body),
		malformed: new Map(
			[...table.malformed].filter(([i]) => i >= body).map(([i, why]) => [i - body, why])
		)
	};
	const roles =
		options.roles?.[file.name] ??
		(hasHeader
			? detectRelationRoles(header, input.rows.slice(0, 50))
			: headerlessRoles(header.length));
	const kind = classifyTable(header, roles);
	if (!kind) {
		return fail(
			`could not tell what this table is: an edge list needs source and target columns (or From/To), a node table an id column`
		);
	}
	const known = SCHEMA[kind].columns;
	let mapped: MappedRows<unknown>;
	if (kind === 'relations') {
		const result = mapRelations(input, roles);
		append(dataset.relations, result.records);
		mapped = result;
	} else if (kind === 'organizations') {
		const result = mapOrganizations(input, known);
		append(dataset.organizations, result.records);
		mapped = result;
	} else if (kind === 'congresses') {
		const result = mapCongresses(input, known);
		append(dataset.congresses, result.records);
		mapped = result;
	} else {
		const result = mapMembership(input, known);
		append(dataset.membership, result.records);
		mapped = result;
	}
	append(dataset.diagnostics, mapped.diagnostics);
	const account: FileAccount = {
		file: file.name,
		table: kind,
		encoding: decoded.encoding,
		delimiter: table.delimiter,
		rowsRead: input.rows.length,
		imported: mapped.records.length,
		rejected: mapped.rejected,
		warned: mapped.warned
	};
	dataset.accounts.push(account);
}

function inferredOrganization(id: string): Organization {
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
function reconcile(dataset: Dataset): void {
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
	for (const relation of dataset.relations) {
		for (const end of [relation.source, relation.target]) {
			if (byId.has(end)) continue;
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
		}
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

/** push(...items) overflows the call stack for the hundreds of thousands of rows of a big file. */
function append<T>(target: T[], items: readonly T[]): void {
	for (const item of items) target.push(item);
}
