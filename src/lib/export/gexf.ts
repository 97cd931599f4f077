// The shown graph as GEXF 1.3 for Gephi: positions, sizes and colours as drawn (viz), every data
// attribute, and the days each node and edge holds as Gephi time intervals, so the timeline works.
// graphology-gexf writes the file; it knows no time, so the intervals are added to its output.
import type { Dataset } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import writeGexf from 'graphology-gexf/browser/writer';
import { isDated, type DaySpan } from './gephi-time';
import { graphElements, rgbOf, type GraphFileMeta } from './graph-elements';
import { xmlSafe } from './xml-text';

const cleanRecord = (record: Record<string, string>) =>
	Object.fromEntries(
		Object.entries(record)
			.filter(([, value]) => value !== '')
			.map(([name, value]) => [xmlSafe(name), xmlSafe(value)])
	);

const viaRgb = (color: string) => {
	const rgb = rgbOf(color);
	// An rgb() colour makes the writer emit r, g, b attributes, which every Gephi reads.
	return rgb ? `rgb(${rgb.r},${rgb.g},${rgb.b})` : undefined;
};

function decodeAttribute(text: string): string {
	return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (_, hex, dec, name) => {
		if (hex) return String.fromCodePoint(parseInt(hex, 16));
		if (dec) return String.fromCodePoint(Number(dec));
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as string] ?? '';
	});
}

const spanAttributes = (span: DaySpan | undefined) =>
	(span?.start ? ` start="${span.start}"` : '') + (span?.end ? ` end="${span.end}"` : '');

export function toGexf(sub: SplinterGraph, dataset: Dataset, meta: GraphFileMeta): string {
	const { nodes, edges } = graphElements(sub, dataset);
	const nodeByKey = new Map(nodes.map((n) => [n.key, n]));
	const edgeByKey = new Map(edges.map((e) => [e.key, e]));
	const graph = sub.copy();
	graph.replaceAttributes({
		creator: 'Splinter',
		description: xmlSafe(meta.description),
		lastModifiedDate: meta.date
	});
	const xml = writeGexf(graph, {
		version: '1.3',
		formatNode: (key) => {
			const n = nodeByKey.get(key)!;
			return {
				label: xmlSafe(n.label),
				viz: { color: viaRgb(n.color), size: n.size, x: n.x, y: n.y },
				attributes: cleanRecord(n.attributes)
			};
		},
		formatEdge: (key) => {
			const e = edgeByKey.get(key)!;
			return {
				label: xmlSafe(e.label) || undefined,
				weight: e.weight,
				// Gephi keeps parallel edges apart only when their kinds differ.
				kind: xmlSafe(e.relation),
				viz: { color: viaRgb(e.color), thickness: e.size },
				attributes: cleanRecord(e.attributes)
			};
		}
	});
	const spans = new Map<string, DaySpan>();
	for (const n of nodes) if (isDated(n.span)) spans.set(`node\u0000${n.key}`, n.span);
	for (const e of edges) if (isDated(e.span)) spans.set(`edge\u0000${e.key}`, e.span);
	if (spans.size === 0) return xml;
	// Ids are unique per element type and `<` cannot occur inside an attribute value, so each
	// `<node id="…"` is exactly one element start.
	return xml
		.replace('<graph ', '<graph mode="dynamic" timeformat="date" ')
		.replace(
			/<(node|edge) id="([^"]*)"/g,
			(whole, type: string, id: string) =>
				whole + spanAttributes(spans.get(`${type}\u0000${decodeAttribute(id)}`))
		);
}
