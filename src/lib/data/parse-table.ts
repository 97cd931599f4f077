// Text to a table of string cells with the source line of every row, using papaparse.
// Comment lines (#) and blank lines are skipped here, but line numbers still count them.
import Papa from 'papaparse';

export const DELIMITERS = [',', ';', '\t', '|'] as const;
const NULL_MARKERS = new Set(['\\N', 'NA']);

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
}

function guessFormat(text: string): { delimiter: string; newline: string } {
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

function countNewlines(cell: string, newlineChar: string): number {
	let n = 0;
	for (let i = cell.indexOf(newlineChar); i !== -1; i = cell.indexOf(newlineChar, i + 1)) n++;
	return n;
}

export function parseTable(text: string, options: ParseOptions = {}): Table {
	const guessed = guessFormat(text);
	const delimiter = options.delimiter ?? guessed.delimiter;
	const newline = guessed.newline;
	const parsed = Papa.parse<string[]>(text, {
		delimiter,
		newline: newline as '\r' | '\n' | '\r\n',
		skipEmptyLines: false
	});
	const starts = lineStartOffsets(text, newline);
	// A cell spanning lines contains the newline's last character once per extra line.
	const newlineChar = newline.at(-1) ?? '\n';

	const malformedByParsedRow = new Map<number, string>();
	for (const error of parsed.errors) {
		if (error.row === undefined || error.code === 'UndetectableDelimiter') continue;
		const reason =
			error.code === 'MissingQuotes'
				? 'a quoted field is never closed'
				: error.code === 'InvalidQuotes'
					? 'a quote appears inside an unquoted field'
					: error.message;
		malformedByParsedRow.set(error.row, reason);
	}

	const rows: string[][] = [];
	const lines: number[] = [];
	const malformed = new Map<number, string>();
	let line = 1;
	parsed.data.forEach((row, index) => {
		const startLine = line;
		for (const cell of row) line += countNewlines(cell, newlineChar);
		line += 1;
		const isBlank = row.length === 1 && row[0]!.trim() === '';
		const isComment = text.charAt(starts[startLine - 1] ?? -1) === '#';
		if (isBlank || isComment) return;
		const problem = malformedByParsedRow.get(index);
		if (problem) malformed.set(rows.length, problem);
		rows.push(row.map((cell) => (NULL_MARKERS.has(cell.trim()) ? '' : cell)));
		lines.push(startLine);
	});
	return { rows, lines, delimiter, newline, malformed };
}
