// CSV text that spreadsheets and our own importer both read back: RFC 4180 quoting (papaparse),
// CRLF line ends, and cells a spreadsheet would run as a formula escaped with a leading quote mark.
import Papa from 'papaparse';

// = + - @ tab CR at the start. papaparse's own default pattern misses cells with a line break
// after the formula; this one does not.
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV document from rows of cells (the first row is usually the header). */
export function toCsv(rows: readonly (readonly string[])[]): string {
	return Papa.unparse(rows as string[][], { escapeFormulae: FORMULA_START, newline: '\r\n' });
}
