// What `npm run inspect` prints: the import's findings as text, or as one JSON object with the keys
// encoding, delimiter, columns, rowsRead, nodes, edges, edgesByType, diagnostics.
import type { RelationRole } from '../src/lib/data/column-roles';
import type { FilePreview } from '../src/lib/data/preview';
import type { Dataset } from '../src/lib/data/types';

export interface InspectJson {
	encoding: string;
	delimiter: string;
	columns: { name: string; role: RelationRole }[];
	rowsRead: number;
	nodes: number;
	edges: number;
	edgesByType: Record<string, number>;
	diagnostics: { line: number; reason: string; detail: string }[];
}

const DELIMITER_NAMES: Record<string, string> = {
	',': 'comma',
	';': 'semicolon',
	'\t': 'tab',
	'|': 'pipe'
};

export function describeDelimiter(delimiter: string): string {
	if (!delimiter) return 'none (XML)';
	return `${JSON.stringify(delimiter)} (${DELIMITER_NAMES[delimiter] ?? 'other'})`;
}

export function edgesByType(dataset: Dataset): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const r of dataset.relations) counts[r.type] = (counts[r.type] ?? 0) + 1;
	return Object.fromEntries(
		Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
	);
}

/** The file the single-valued keys describe: the first edge list, else the first file. */
function mainPreview(previews: FilePreview[]): FilePreview | undefined {
	return previews.find((p) => p.kind === 'relations') ?? previews[0];
}

export function inspectJson(previews: FilePreview[], dataset: Dataset): InspectJson {
	const main = mainPreview(previews);
	const several = previews.length > 1;
	return {
		encoding: main?.encoding ?? '',
		delimiter: main?.delimiter ?? '',
		columns: (main?.header ?? []).map((name, i) => ({ name, role: main!.roles[i] ?? 'attribute' })),
		rowsRead: dataset.accounts.reduce((n, a) => n + a.rowsRead, 0),
		nodes: dataset.organizations.length,
		edges: dataset.relations.length,
		edgesByType: edgesByType(dataset),
		diagnostics: dataset.diagnostics.map((d) => ({
			line: d.line,
			reason: d.reason,
			detail: several ? `${d.file}: ${d.detail}` : d.detail
		}))
	};
}

export function inspectText(previews: FilePreview[], dataset: Dataset): string {
	const out: string[] = [];
	for (const p of previews) {
		out.push(p.file);
		const accounts = dataset.accounts.filter((a) => a.file === p.file);
		if (p.format !== 'table') out.push(`  format:     ${p.format}`);
		out.push(`  encoding:   ${p.encoding}${p.bom ? ' (with BOM)' : ''}`);
		if (p.format === 'table') {
			out.push(`  delimiter:  ${describeDelimiter(p.delimiter)}`);
			out.push(
				`  header:     ${p.hasHeader ? p.header.join(' | ') : 'none (columns are numbered)'}`
			);
			if (p.kind === 'relations')
				out.push(`  columns:    ${p.header.map((h, i) => `${h} → ${p.roles[i]}`).join(', ')}`);
		}
		for (const a of accounts) {
			const extra = [`${a.warned} with warnings`, `${a.duplicates} duplicate`].join(', ');
			out.push(
				`  ${a.table}: rows read ${a.rowsRead} = ${a.imported} imported + ${a.rejected} rejected (${extra})`
			);
		}
	}
	const rowsRead = dataset.accounts.reduce((n, a) => n + a.rowsRead, 0);
	out.push(`rows read: ${rowsRead}`);
	out.push(`nodes: ${dataset.organizations.length}`);
	out.push(`edges: ${dataset.relations.length}`);
	const byType = Object.entries(edgesByType(dataset)).map(([t, n]) => `${t} ${n}`);
	out.push(`edges by type: ${byType.length ? byType.join(', ') : 'none'}`);
	out.push(`diagnostics: ${dataset.diagnostics.length}`);
	for (const d of dataset.diagnostics) {
		const where = d.line > 0 ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
		out.push(`  ${where}: ${d.severity}: ${d.reason}: ${d.detail}`);
	}
	return out.join('\n');
}
