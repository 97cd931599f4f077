// What the mapping step shows for one file: detected encoding, delimiter, header, the role of each
// column, the first rows, and whether a person has to decide anything before the import.
import type { RelationRole } from './column-roles';
import type { EncodingName } from './decode';
import { notTextReason } from './not-text';
import { readTable, type FileChoices, type InputFile } from './read-table';
import type { TableKind } from './types';
import { detectXmlFormat } from './xml-graph';

/** Bytes read for a preview: enough for the first rows of any reasonable table. */
export const PREVIEW_BYTES = 256 * 1024;
export const PREVIEW_ROWS = 8;

export interface FilePreview {
	file: string;
	format: 'table' | 'gexf' | 'graphml';
	encoding: EncodingName;
	bom: boolean;
	delimiter: string;
	hasHeader: boolean;
	header: string[];
	roles: RelationRole[];
	kind: TableKind | null;
	/** The first data rows, each with its line number. */
	sample: { line: number; cells: string[] }[];
	/** True when detection could not tell what the file is, so the import waits for the user. */
	needsDecision: boolean;
}

/** `file.bytes` may be the whole file or only its head; `partial` says which (default: guessed). */
export function previewFile(
	file: InputFile,
	choices: FileChoices = {},
	partial = file.bytes.length > PREVIEW_BYTES
): FilePreview {
	const head = file.bytes.subarray(0, PREVIEW_BYTES);
	const format = detectXmlFormat(file.name, head);
	if (format) {
		return {
			file: file.name,
			format,
			encoding: 'utf-8',
			bom: false,
			delimiter: '',
			hasHeader: false,
			header: [],
			roles: [],
			kind: 'relations',
			sample: [],
			needsDecision: false
		};
	}
	const read = readTable({ name: file.name, bytes: head }, choices, { partial });
	return {
		file: file.name,
		format: 'table',
		encoding: read.encoding,
		bom: read.bom,
		delimiter: read.delimiter,
		hasHeader: read.hasHeader,
		header: read.header,
		roles: read.roles,
		kind: read.kind,
		sample: read.input.rows
			.slice(0, PREVIEW_ROWS)
			.map((cells, i) => ({ line: read.input.lines[i] ?? 0, cells })),
		// A file that is no table at all goes straight to the import, which says what it is.
		needsDecision: read.kind === null && notTextReason(head) === null
	};
}
