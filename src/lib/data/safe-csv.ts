// Rows as CSV text for the reader to download and open in a spreadsheet. Cells that a spreadsheet
// would run as a formula (= + - @ tab CR at the start) are escaped with a quote mark.
import Papa from 'papaparse';

// papaparse's own default pattern misses cells with a line break after the formula; this does not.
const FORMULA_START = /^[=+\-@\t\r]/;

export function safeCsv(rows: readonly (readonly string[])[]): string {
	return Papa.unparse(
		rows.map((row) => [...row]),
		{ escapeFormulae: FORMULA_START, newline: '\r\n' }
	);
}
