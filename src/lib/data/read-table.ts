// One delimited file to a table ready for mapping: decoded, parsed, header found, column roles and
// table kind decided (by detection, or by the user's choices from the mapping step).
import {
	detectRelationRoles,
	headerlessRoles,
	looksLikeHeader,
	type RelationRole
} from './column-roles';
import { decodeBytes, type EncodingName } from './decode';
import type { RowsInput } from './map-relations';
import { parseTable } from './parse-table';
import { normalizeHeader } from './schema';
import type { TableKind } from './types';

export interface InputFile {
	name: string;
	bytes: Uint8Array;
}

/** What the user may decide per file in the mapping step; anything left out is detected. */
export interface FileChoices {
	encoding?: EncodingName;
	delimiter?: string;
	hasHeader?: boolean;
	roles?: RelationRole[];
}

export interface TableRead {
	file: string;
	encoding: EncodingName;
	bom: boolean;
	delimiter: string;
	newline: string;
	hasHeader: boolean;
	/** Column names; for a file without a header row "column 1", "column 2", ... */
	header: string[];
	roles: RelationRole[];
	kind: TableKind | null;
	input: RowsInput;
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

/** The user's roles fitted to the columns the file has now (a changed delimiter changes them). */
function fitRoles(roles: RelationRole[], width: number): RelationRole[] {
	return Array.from({ length: width }, (_, i) => roles[i] ?? 'attribute');
}

export interface ReadOptions {
	/** The bytes are only the head of the file (for a preview): its last row may be cut. */
	partial?: boolean;
	/** After each parsed chunk: characters parsed, rows kept, characters in the whole text. */
	onProgress?: (chars: number, rows: number, totalChars: number) => void;
}

export function readTable(
	file: InputFile,
	choices: FileChoices = {},
	options: ReadOptions = {}
): TableRead {
	const decoded = decodeBytes(file.bytes, choices.encoding, options.partial);
	const table = parseTable(decoded.text, {
		delimiter: choices.delimiter,
		onProgress: options.onProgress
			? (chars, rows) => options.onProgress!(chars, rows, decoded.text.length)
			: undefined
	});
	if (options.partial && table.rows.length > 1) {
		table.rows.pop();
		table.lines.pop();
	}
	const first = table.rows[0] ?? [];
	const hasHeader = choices.hasHeader ?? (first.length > 0 && looksLikeHeader(first));
	const width = Math.max(first.length, 1);
	const header = hasHeader ? first : Array.from({ length: width }, (_, i) => `column ${i + 1}`);
	const body = hasHeader ? 1 : 0;
	const input: RowsInput = {
		file: file.name,
		header,
		rows: body ? table.rows.slice(body) : table.rows,
		lines: body ? table.lines.slice(body) : table.lines,
		malformed: new Map(
			[...table.malformed].filter(([i]) => i >= body).map(([i, why]) => [i - body, why])
		)
	};
	const roles = choices.roles
		? fitRoles(choices.roles, header.length)
		: hasHeader
			? detectRelationRoles(header, input.rows.slice(0, 50))
			: headerlessRoles(header.length);
	return {
		file: file.name,
		encoding: decoded.encoding,
		bom: decoded.bom,
		delimiter: table.delimiter,
		newline: table.newline,
		hasHeader,
		header,
		roles,
		kind: table.rows.length === 0 ? null : classifyTable(header, roles),
		input
	};
}
