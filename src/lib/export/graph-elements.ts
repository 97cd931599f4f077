// The shown graph as the elements a graph file holds: position, size and colour as drawn, the data
// attributes of each record in a fixed order, and the span of days it holds. GEXF and GraphML
// writers both start here, so the two files always carry the same things.
import { setOwn } from '$lib/data/own-record';
import type { Dataset } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { organizationSpan, relationSpan, type DaySpan } from './gephi-time';
import { inSlices } from './in-slices';
import { shownRecords } from './records';

export interface GraphFileMeta {
	/** A line on what the file shows (dataset, time, filters). */
	description: string;
	/** The day of the export, YYYY-MM-DD. */
	date: string;
}

export interface ExportNode {
	key: string;
	label: string;
	x: number;
	y: number;
	size: number;
	color: string;
	attributes: Record<string, string>;
	span: DaySpan;
}

export interface ExportEdge {
	key: string;
	source: string;
	target: string;
	directed: boolean;
	label: string;
	weight: number;
	size: number;
	color: string;
	relation: string;
	attributes: Record<string, string>;
	span: DaySpan;
}

/** Names the formats give a meaning of their own (and `__proto__`, which no plain object keeps). */
const RESERVED = new Set([
	'label',
	'x',
	'y',
	'z',
	'size',
	'color',
	'r',
	'g',
	'b',
	'weight',
	'kind'
]);
RESERVED.add('__proto__');

function withExtras(base: [string, string][], extras: Record<string, string>) {
	const out: Record<string, string> = {};
	for (const [name, value] of base) setOwn(out, name, value);
	for (const [name, value] of Object.entries(extras)) {
		const taken = RESERVED.has(name) || Object.hasOwn(out, name);
		setOwn(out, taken ? `attribute:${name}` : name, value);
	}
	return out;
}

/** In slices (in-slices.ts): a quarter of a million relations take seconds. */
export async function graphElements(
	sub: SplinterGraph,
	dataset: Dataset
): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
	const records = shownRecords(sub, dataset);
	const nodes: ExportNode[] = [];
	const edges: ExportEdge[] = [];
	await inSlices(sub.nodeEntries(), ({ node: key, attributes: a }) => {
		const o = records.organization(key);
		nodes.push({
			key,
			label: a.label,
			x: a.x,
			y: a.y,
			size: a.size,
			color: a.color,
			span: organizationSpan(o.founded, o.dissolved),
			attributes: withExtras(
				[
					['kind', o.kind],
					['founded', o.founded],
					['dissolved', o.dissolved],
					['name_native', o.nameNative],
					['aliases', o.aliases.join('|')],
					['country', o.country],
					['leader', o.leader],
					['ideology', o.ideology],
					['website', o.website],
					['source_ref', o.sourceRef],
					['notes', o.notes]
				],
				o.attributes
			)
		});
	});
	await inSlices(sub.edgeEntries(), ({ edge: key, attributes: a, source, target, undirected }) => {
		const r = records.relation(key);
		edges.push({
			key,
			source,
			target,
			directed: !undirected,
			label: a.label,
			weight: a.weight,
			size: a.size ?? 1,
			color: a.color ?? '',
			relation: a.relation,
			span: relationSpan(r.type, r.start, r.end),
			attributes: withExtras(
				[
					['relation', r.type],
					['start', r.start],
					['end', r.end],
					['confidence', r.confidence],
					['source_ref', r.sourceRef],
					['notes', r.notes]
				],
				r.attributes
			)
		});
	});
	return { nodes, edges };
}

/** `#rrggbb` or `#rgb` as 0-255 channels; null for anything else. */
export function rgbOf(color: string): { r: number; g: number; b: number } | null {
	const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
	if (!hex) return null;
	const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
	const n = parseInt(full, 16);
	return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}
