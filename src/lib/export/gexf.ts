// The shown graph as GEXF 1.3 for Gephi: positions, sizes and colours as drawn (viz), every data
// attribute, and the days each node and edge holds as Gephi time intervals, so the timeline works.
// Written here, element by element in slices, as graphology-gexf's writer lays it out (whose
// parser reads it back in the tests): that writer builds the whole file in one call, which held
// the page for 25 s at 250,000 relations.
import type { Dataset } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { isDated, type DaySpan } from './gephi-time';
import { graphElements, rgbOf, type GraphFileMeta } from './graph-elements';
import { inSlices } from './in-slices';
import { xmlAttr, xmlText } from './xml-text';

/** Attribute titles in the order first seen; GEXF declares them before the nodes and edges. */
class Titles {
	readonly list: string[] = [];
	readonly #seen = new Set<string>();
	add(name: string): string {
		if (!this.#seen.has(name)) {
			this.#seen.add(name);
			this.list.push(name);
		}
		return name;
	}
}

const attrs = (pairs: [string, string | number | null | undefined][]) =>
	pairs
		.filter(([, value]) => value !== null && value !== undefined && value !== '')
		.map(([name, value]) => ` ${name}="${xmlAttr(String(value))}"`)
		.join('');

const spanPairs = (span: DaySpan): [string, string | null][] => [
	['start', span.start],
	['end', span.end]
];

function attvalues(titles: Titles, record: Record<string, string>): string {
	const values = Object.entries(record)
		.filter(([, value]) => value !== '')
		.map(
			([name, value]) =>
				`          <attvalue${attrs([
					['for', titles.add(name)],
					['value', value]
				])}/>`
		);
	return values.length ? `        <attvalues>\n${values.join('\n')}\n        </attvalues>\n` : '';
}

function color(value: string): string {
	const rgb = rgbOf(value);
	return rgb ? `        <viz:color r="${rgb.r}" g="${rgb.g}" b="${rgb.b}"/>\n` : '';
}

const declarations = (scope: string, titles: Titles) =>
	titles.list.length
		? `    <attributes class="${scope}">\n` +
			titles.list
				.map(
					(name) =>
						`      <attribute${attrs([
							['id', name],
							['title', name]
						])} type="string"/>`
				)
				.join('\n') +
			'\n    </attributes>\n'
		: '';

/** The file as text parts, to be joined (or made a Blob of). */
export async function toGexf(
	sub: SplinterGraph,
	dataset: Dataset,
	meta: GraphFileMeta
): Promise<string[]> {
	const { nodes, edges } = await graphElements(sub, dataset);
	const nodeTitles = new Titles();
	const edgeTitles = new Titles();
	const body: string[] = ['    <nodes>\n'];
	let dated = false;
	await inSlices(nodes, (n) => {
		dated ||= isDated(n.span);
		body.push(
			`      <node${attrs([['id', n.key], ['label', n.label], ...spanPairs(n.span)])}>\n` +
				attvalues(nodeTitles, n.attributes) +
				color(n.color) +
				`        <viz:size value="${n.size}"/>\n` +
				`        <viz:position x="${n.x}" y="${n.y}"/>\n` +
				'      </node>\n'
		);
	});
	body.push('    </nodes>\n    <edges>\n');
	await inSlices(edges, (e) => {
		dated ||= isDated(e.span);
		const head = attrs([
			['id', e.key],
			...spanPairs(e.span),
			['type', e.directed ? null : 'undirected'],
			['source', e.source],
			['target', e.target],
			['weight', e.weight],
			// Gephi keeps parallel edges apart only when their kinds differ.
			['kind', e.relation],
			['label', e.label]
		]);
		body.push(
			`      <edge${head}>\n` +
				attvalues(edgeTitles, e.attributes) +
				color(e.color) +
				`        <viz:thickness value="${e.size}"/>\n` +
				'      </edge>\n'
		);
	});
	body.push('    </edges>\n  </graph>\n</gexf>\n');
	const time = dated ? ' mode="dynamic" timeformat="date"' : '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
			'<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
			`  <meta lastmodifieddate="${xmlAttr(meta.date)}">\n` +
			'    <creator>Splinter</creator>\n' +
			`    <description>${xmlText(meta.description)}</description>\n` +
			'  </meta>\n' +
			`  <graph${time} defaultedgetype="directed">\n` +
			declarations('node', nodeTitles) +
			declarations('edge', edgeTitles),
		...body
	];
}
