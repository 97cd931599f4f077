// The shown graph as GraphML. graphology-graphml only reads, so the file is written here, with the
// key names Gephi's GraphML importer maps to its own properties (label, x, y, size, r, g, b,
// weight). GraphML has no time model in Gephi: each element's days go in an `interval` column in
// Gephi's notation, and the data's own dates stay in their columns.
import type { Dataset } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { gephiInterval } from './gephi-time';
import { graphElements, rgbOf, type GraphFileMeta } from './graph-elements';
import { inSlices } from './in-slices';
import { xmlAttr, xmlText } from './xml-text';

type KeyType = 'string' | 'double' | 'int';
interface Key {
	id: string;
	name: string;
	type: KeyType;
}

class Keys {
	readonly list: Key[] = [];
	readonly #byName = new Map<string, Key>();
	constructor(readonly prefix: string) {}
	/** The key for this attribute name, declared on first use. */
	id(name: string, type: KeyType = 'string'): string {
		let key = this.#byName.get(name);
		if (!key) {
			key = { id: `${this.prefix}${this.list.length}`, name, type };
			this.list.push(key);
			this.#byName.set(name, key);
		}
		return key.id;
	}
}

const data = (key: string, value: string | number) =>
	`<data key="${key}">${xmlText(String(value))}</data>`;

function look(keys: Keys, color: string): string[] {
	const rgb = rgbOf(color);
	return rgb
		? [
				data(keys.id('r', 'int'), rgb.r),
				data(keys.id('g', 'int'), rgb.g),
				data(keys.id('b', 'int'), rgb.b)
			]
		: [];
}

function attributeData(keys: Keys, attributes: Record<string, string>, interval: string): string[] {
	const out = Object.entries(attributes)
		.filter(([, value]) => value !== '')
		.map(([name, value]) => data(keys.id(name), value));
	if (interval) out.push(data(keys.id('interval'), interval));
	return out;
}

/** The file as text parts, to be joined (or made a Blob of); written in slices. */
export async function toGraphml(
	sub: SplinterGraph,
	dataset: Dataset,
	meta: GraphFileMeta
): Promise<string[]> {
	const { nodes, edges } = await graphElements(sub, dataset);
	const nodeKeys = new Keys('n');
	const edgeKeys = new Keys('e');
	const body: string[] = [];
	await inSlices(nodes, (n) => {
		const fields = [
			data(nodeKeys.id('label'), n.label),
			data(nodeKeys.id('x', 'double'), n.x),
			data(nodeKeys.id('y', 'double'), n.y),
			data(nodeKeys.id('size', 'double'), n.size),
			...look(nodeKeys, n.color),
			...attributeData(nodeKeys, n.attributes, gephiInterval(n.span))
		];
		body.push(`    <node id="${xmlAttr(n.key)}">${fields.join('')}</node>\n`);
	});
	await inSlices(edges, (e) => {
		const fields = [
			...(e.label ? [data(edgeKeys.id('label'), e.label)] : []),
			data(edgeKeys.id('weight', 'double'), e.weight),
			data(edgeKeys.id('thickness', 'double'), e.size),
			...look(edgeKeys, e.color),
			...attributeData(edgeKeys, e.attributes, gephiInterval(e.span))
		];
		const directed = e.directed ? ' directed="true"' : '';
		body.push(
			`    <edge id="${xmlAttr(e.key)}" source="${xmlAttr(e.source)}" target="${xmlAttr(e.target)}"${directed}>${fields.join('')}</edge>\n`
		);
	});
	const declare = (keys: Keys, scope: string) =>
		keys.list.map(
			(k) =>
				`  <key id="${k.id}" for="${scope}" attr.name="${xmlAttr(k.name)}" attr.type="${k.type}"/>`
		);
	const head = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
		'  <key id="d0" for="graph" attr.name="description" attr.type="string"/>',
		'  <key id="d1" for="graph" attr.name="date" attr.type="string"/>',
		...declare(nodeKeys, 'node'),
		...declare(edgeKeys, 'edge'),
		// Undirected by default: graphology-graphml reads `directed="true"` but not "false".
		'  <graph id="G" edgedefault="undirected">',
		`    ${data('d0', meta.description)}${data('d1', meta.date)}`,
		''
	].join('\n');
	return [head, ...body, '  </graph>\n</graphml>\n'];
}
