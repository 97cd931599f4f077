// How much memory a table import will take, estimated before any row is parsed, so that a file
// too large for the tab is refused with words. Running out of memory is not an error a page can
// catch: in Chromium a worker out of memory takes the whole tab down with it.
//
// The figures are peaks measured, not guessed (README, "Memory"): the import worker's peak heap
// for edge lists of 200,000–1,000,000 rows and 2–20 columns (node --max-old-space-size bisection
// on the pipeline), and the page's heap after the graph is drawn. Before reading, only rows are
// known, so the page's share counts relations; organizations are counted as the graph grows
// (pageHeldBy), and an import whose graph outgrows the page's share is stopped there.

/** Bytes of worker heap per row, per cell, per byte of the file (text, rows, records). */
const WORKER_PER_ROW = 450;
const WORKER_PER_CELL = 40;
const WORKER_PER_BYTE = 1.5;
/** Bytes of page heap per relation (its record, the graph's edge, sigma's drawing data) and per
 * organization (the same for a node). Measured: +144 MB for 200,000 relations among 999
 * organizations, +481 MB for 200,000 relations among 400,000 organizations. */
const PAGE_PER_RELATION = 720;
const PAGE_PER_ORGANIZATION = 850;

const HEAD_BYTES = 64 * 1024;
const LF = 10;
const CR = 13;
const DELIMITERS = [44, 59, 9, 124]; // , ; tab |

export interface FileShape {
	bytes: number;
	rows: number;
	cells: number;
}

/** Heap each side may use, in bytes. */
export interface MemoryBudget {
	worker: number;
	page: number;
}
export type MemoryNeed = MemoryBudget;

function count(bytes: Uint8Array, byte: number): number {
	let n = 0;
	for (let i = bytes.indexOf(byte); i !== -1; i = bytes.indexOf(byte, i + 1)) n++;
	return n;
}

/** Rows (line breaks, CR-only files too) and cells (from the delimiters of the head) of a table. */
export function shapeOf(bytes: Uint8Array): FileShape {
	if (bytes.length === 0) return { bytes: 0, rows: 0, cells: 0 };
	const head = bytes.subarray(0, HEAD_BYTES);
	const breaks = count(head, LF) > 0 || count(head, CR) === 0 ? LF : CR;
	const rows = count(bytes, breaks) + (bytes[bytes.length - 1] === breaks ? 0 : 1);
	const headRows = Math.max(1, count(head, breaks));
	const perRow = Math.max(...DELIMITERS.map((d) => count(head, d))) / headRows + 1;
	return { bytes: bytes.length, rows, cells: Math.round(rows * perRow) };
}

export function memoryNeed(shapes: FileShape[]): MemoryNeed {
	let worker = 0;
	let page = 0;
	for (const { bytes, rows, cells } of shapes) {
		worker += rows * WORKER_PER_ROW + cells * WORKER_PER_CELL + bytes * WORKER_PER_BYTE;
		page += rows * PAGE_PER_RELATION;
	}
	return { worker, page };
}

export const fitsBudget = (need: MemoryNeed, budget: MemoryBudget) =>
	need.worker <= budget.worker && need.page <= budget.page;

/** The page's heap a graph of this many organizations and relations holds, drawn. */
export const pageHeldBy = (organizations: number, relations: number) =>
	organizations * PAGE_PER_ORGANIZATION + relations * PAGE_PER_RELATION;

/** Elements named `name` in XML bytes: `<name` followed by a space, `>` or `/` (not `<names>`). */
function countElements(bytes: Uint8Array, name: string): number {
	const open = [60, ...Array.from(name, (c) => c.charCodeAt(0))]; // '<' + name
	let n = 0;
	for (let i = bytes.indexOf(60); i !== -1; i = bytes.indexOf(60, i + 1)) {
		let k = 1;
		while (k < open.length && bytes[i + k] === open[k]) k++;
		if (k < open.length) continue;
		const next = bytes[i + k];
		if (next === 32 || next === 9 || next === 10 || next === 13 || next === 62 || next === 47) n++;
	}
	return n;
}

/**
 * The page's heap a GEXF or GraphML import needs at its peak. These are parsed on the page (the
 * XML parser is not in workers), in one go: the text (two bytes a character at worst), the
 * parser's graph and then ours with the records, so a node or edge is held twice at the peak,
 * each at the figure measured for a drawn table import.
 */
export function xmlMemoryNeed(bytes: Uint8Array): MemoryNeed {
	const nodes = countElements(bytes, 'node');
	const edges = countElements(bytes, 'edge');
	return { worker: 0, page: bytes.length * 2 + 2 * pageHeldBy(nodes, edges) };
}
