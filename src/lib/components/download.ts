// Saves text the page made (a report, chart data, a chart drawing) as a file the reader downloads.
import { saveFile } from '$lib/export/save-file';

export function downloadText(filename: string, text: string, type: string): void {
	// A byte-order mark lets spreadsheets read UTF-8 CSV (Cyrillic names) without asking.
	const body = type.startsWith('text/csv') ? '\uFEFF' + text : text;
	saveFile(filename, new Blob([body], { type }));
}

/** A file name from data: no path separators or characters file systems refuse. */
export function safeFilename(name: string): string {
	const printable = [...name].filter((char) => char >= ' ').join('');
	return printable.replace(/[\\/:*?"<>|]+/g, '-').trim() || 'splinter';
}
