// Text to a table of string cells with the source line of every row, using papaparse row by row
// (so a worker can report progress as it goes). Comment lines (#) and blank lines are skipped
// here, but line numbers still count them: a line ends with the file's own line ending.
import Papa from 'papaparse';
import { DELIMITERS } from './delimiters';

export { DELIMITERS };
const NULL_MARKERS = new Set(['\\N', 'NA']);
/** Characters parsed between two progress reports by default. */
export const CHUNK_CHARS = 1 << 20;

export interface Table {
	/** Every non-blank, non-comment row, header included if the file has one. */
	rows: string[][];
	/** 1-based line on which each row starts. */
	lines: number[];
	delimiter: string;
	newline: string;
	/** Rows papaparse could not read cleanly, by row index: the reason in words. */
	malformed: Map<number, string>;
}

export interface ParseOptions {
	delimiter?: string;
	/** Characters parsed between two progress reports. */
	chunkChars?: number;
	/** Called now and then with the characters parsed so far and the rows kept so far. */
	onProgress?: (chars: number, rows: number) => void;
}

/** Delimiter and line ending, guessed from the first rows. */
export function guessFormat(text: string): { delimiter: string; newline: string } {
	const preview = Papa.parse<string[]>(text.slice(0, 64 * 1024), {
		comments: '#',
		preview: 50,
		skipEmptyLines: true,
		delimitersToGuess: [...DELIMITERS]
	});
	const newline = preview.meta.linebreak || '\n';
	return { delimiter: preview.meta.delimiter || ',', newline };
}

function lineStartOffsets(text: string, newline: string): number[] {
	const starts = [0];
	let at = text.indexOf(newline);
	while (at !== -1) {
		starts.push(at + newline.length);
		at = text.indexOf(newline, at + newline.length);
	}
	return starts;
}

function describeError(error: Papa.ParseError): string {
	if (error.code === 'MissingQuotes') return 'a quoted field is never closed';
	if (error.code === 'InvalidQuotes') return 'a quote appears inside an unquoted field';
	return error.message;
}

function cleanCell(cell: string): string {
	// Only a short cell can be a null marker; skip the set lookup for the rest.
	return cell.length <= 4 && NULL_MARKERS.has(cell.trim()) ? '' : cell;
}

export function parseTable(text: string, options: ParseOptions = {}): Table {
	const guessed = guessFormat(text);
	const delimiter = options.delimiter ?? guessed.delimiter;
	const newline = guessed.newline;
	const starts = lineStartOffsets(text, newline);
	const table: Table = { rows: [], lines: [], delimiter, newline, malformed: new Map() };
	const every = options.chunkChars ?? CHUNK_CHARS;
	let nextReport = every;
	let rowEnd = 0;
	let lineIndex = 0;

	// A row starts where the previous one ended, after any comment lines papaparse skipped.
	const rowStartAfter = (end: number) => {
		let at = end;
		while (text.charCodeAt(at) === 35 /* # */) {
			const next = text.indexOf(newline, at);
			if (next === -1) return text.length;
			at = next + newline.length;
		}
		return at;
	};

	Papa.parse<string[]>(text, {
		delimiter,
		newline: newline as '\r' | '\n' | '\r\n',
		comments: '#',
		skipEmptyLines: false,
		step: (results: Papa.ParseStepResult<string[]>) => {
			const start = rowStartAfter(rowEnd);
			rowEnd = results.meta.cursor;
			while (lineIndex + 1 < starts.length && starts[lineIndex + 1]! <= start) lineIndex++;
			const row = results.data;
			if (row.length === 1 && row[0]!.trim() === '') return;
			const error = results.errors.find((e) => e.code !== 'UndetectableDelimiter');
			if (error) table.malformed.set(table.rows.length, describeError(error));
			for (let i = 0; i < row.length; i++) row[i] = cleanCell(row[i]!);
			table.rows.push(row);
			table.lines.push(lineIndex + 1);
			if (rowEnd >= nextReport) {
				nextReport = rowEnd + every;
				options.onProgress?.(rowEnd, table.rows.length);
			}
		}
	});
	options.onProgress?.(text.length, table.rows.length);
	return table;
}
