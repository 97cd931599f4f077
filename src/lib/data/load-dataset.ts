// The import pipeline in one call: bytes → text → table → typed records + diagnostics, for each file,
// then the cross-file checks (duplicate ids, endpoints without a node row). Pure: no DOM, no Svelte.
import { decodeBytes } from './decode';
import { mapCongresses, mapMembership, mapOrganizations } from './map-records';
import { mapRelations, type MappedRows } from './map-relations';
import { notTextReason } from './not-text';
import { readTable, type FileChoices, type InputFile } from './read-table';
import { reconcile } from './reconcile';
import { SCHEMA } from './schema';
import type { Dataset, Relation } from './types';
import { detectXmlFormat, loadXmlGraph, type XmlTools } from './xml-graph';

export { classifyTable, type FileChoices, type InputFile } from './read-table';

export interface LoadOptions {
	name?: string;
	/** Per file name: what the user chose in the mapping step (encoding, delimiter, header, roles). */
	choices?: Record<string, FileChoices>;
	/** Merge edge rows that repeat an earlier row exactly (counted and reported either way). */
	mergeDuplicates?: boolean;
}

export interface LoadProgress {
	file: string;
	/** Bytes of all files read so far, out of `bytesTotal`. */
	bytesDone: number;
	bytesTotal: number;
	/** Rows parsed so far, all files together. */
	rows: number;
	/** 'reading' while a file is parsed, then 'checking' while its rows become records. */
	stage: 'reading' | 'checking';
	/** Rows of the current file turned into records (or rejected) so far. */
	rowsChecked: number;
}

/** Progress of one file: chars parsed out of the text, rows kept, rows checked. */
type FileProgress = (chars: number, rows: number, textLength: number, checked?: number) => void;

export interface LoadHooks {
	onProgress?: (progress: LoadProgress) => void;
	/** XML parsers for GEXF and GraphML; without them such files are reported as unreadable. */
	xml?: XmlTools;
	/** The relations of delimited files as they are made, in dataset order, a batch at a time
	 * (before the cross-file checks; those never remove a relation). */
	onRelations?: (relations: Relation[]) => void;
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

export function datasetName(files: { name: string }[]): string {
	return files.map((f) => f.name.replace(/\.[^.]+$/, '')).join('+');
}

export function loadDataset(
	files: InputFile[],
	options: LoadOptions = {},
	hooks: LoadHooks = {}
): Dataset {
	const dataset = emptyDataset(options.name ?? datasetName(files));
	const bytesTotal = files.reduce((sum, f) => sum + f.bytes.length, 0);
	let bytesBefore = 0;
	let rowsBefore = 0;
	for (const file of files) {
		const report: FileProgress = (chars, rows, textLength, checked) =>
			hooks.onProgress?.({
				file: file.name,
				bytesDone: bytesBefore + Math.round((file.bytes.length * chars) / Math.max(textLength, 1)),
				bytesTotal,
				rows: rowsBefore + rows,
				stage: checked === undefined ? 'reading' : 'checking',
				rowsChecked: checked ?? 0
			});
		rowsBefore += loadFile(dataset, file, options, hooks, report);
		bytesBefore += file.bytes.length;
	}
	reconcile(dataset);
	return dataset;
}

function fail(dataset: Dataset, file: string, detail: string): number {
	dataset.diagnostics.push({ file, line: 0, severity: 'error', reason: 'unreadable-file', detail });
	return 0;
}

/** Maps one file into the dataset and returns the number of rows it read. */
function loadFile(
	dataset: Dataset,
	file: InputFile,
	options: LoadOptions,
	hooks: LoadHooks,
	report: FileProgress
): number {
	const xmlFormat = detectXmlFormat(file.name, file.bytes.subarray(0, 1024));
	if (xmlFormat) {
		if (!hooks.xml) return fail(dataset, file.name, `${xmlFormat} files cannot be read here`);
		const decoded = decodeBytes(file.bytes);
		let records;
		try {
			records = loadXmlGraph(file.name, decoded.text, xmlFormat, hooks.xml);
		} catch (error) {
			const message = error instanceof Error ? error.message : String(error);
			return fail(dataset, file.name, `not a readable ${xmlFormat} file: ${message}`);
		}
		// Loops, not push(...items): spreading hundreds of thousands of records overflows the stack.
		for (const o of records.organizations) dataset.organizations.push(o);
		for (const r of records.relations) dataset.relations.push(r);
		for (const d of records.diagnostics) dataset.diagnostics.push(d);
		for (const account of records.accounts) account.encoding = decoded.encoding;
		dataset.accounts.push(...records.accounts);
		return records.accounts.reduce((n, a) => n + a.rowsRead, 0);
	}

	const refusal = notTextReason(file.bytes);
	if (refusal) return fail(dataset, file.name, refusal);
	const table = readTable(file, options.choices?.[file.name], { onProgress: report });
	if (table.input.rows.length === 0 && !table.hasHeader)
		return fail(dataset, file.name, 'the file has no rows');
	if (!table.kind) {
		return fail(
			dataset,
			file.name,
			'could not tell what this table is: an edge list needs source and target columns (or From/To), a node table an id column'
		);
	}
	const { input, kind } = table;
	const known = SCHEMA[kind].columns;
	let mapped: MappedRows<unknown>;
	if (kind === 'relations') {
		const rows = input.rows.length;
		const result = mapRelations(input, table.roles, {
			mergeDuplicates: options.mergeDuplicates,
			onProgress: (checked) => report(1, rows, 1, checked),
			onBatch: hooks.onRelations
		});
		for (const record of result.records) dataset.relations.push(record);
		mapped = result;
	} else if (kind === 'organizations') {
		const result = mapOrganizations(input, known);
		for (const record of result.records) dataset.organizations.push(record);
		mapped = result;
	} else if (kind === 'congresses') {
		const result = mapCongresses(input, known);
		for (const record of result.records) dataset.congresses.push(record);
		mapped = result;
	} else {
		const result = mapMembership(input, known);
		for (const record of result.records) dataset.membership.push(record);
		mapped = result;
	}
	for (const d of mapped.diagnostics) dataset.diagnostics.push(d);
	if (input.rows.length === 0) {
		const detail = 'the file has a header row but no data rows';
		dataset.diagnostics.push({
			file: file.name,
			line: 0,
			severity: 'error',
			reason: 'no-rows',
			detail
		});
	}
	dataset.accounts.push({
		file: file.name,
		table: kind,
		encoding: table.encoding,
		delimiter: table.delimiter,
		rowsRead: input.rows.length,
		imported: mapped.importedRows ?? mapped.records.length,
		rejected: mapped.rejected,
		warned: mapped.warned,
		duplicates: mapped.duplicates ?? 0
	});
	return input.rows.length;
}
