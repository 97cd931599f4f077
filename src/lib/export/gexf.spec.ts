import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import gexf from 'graphology-gexf/node';
import { describe, expect, it } from 'vitest';
import { nodeXmlTools } from '../../../scripts/xml-tools-node';
import { loadDataset } from '$lib/data/load-dataset';
import { toGexf } from './gexf';
import { organizationSpan } from './gephi-time';
import { rgbOf } from './graph-elements';
import { HOSTILE_NODES, defaultDataset, drawnGraph, file, importedFields } from './test-dataset';

const asRgb = (hex: string) => {
	const { r, g, b } = rgbOf(hex)!;
	return `rgb(${r},${g},${b})`;
};
const meta = { description: 'post-soviet-communists, all time', date: '2026-11-22' };

const dataset = defaultDataset();
const { sub } = await drawnGraph(dataset);

const xml = (await toGexf(sub, dataset, meta)).join('');

describe('toGexf', () => {
	it('reads back with graphology-gexf: same nodes, edges, look and attributes', () => {
		const back = gexf.parse(MultiGraph, xml);
		expect(back.order).toBe(sub.order);
		expect(back.size).toBe(sub.size);
		sub.forEachNode((node, a) => {
			const b = back.getNodeAttributes(node);
			expect(b).toMatchObject({ label: a.label, size: a.size, kind: a.kind });
			expect(b.color).toBe(asRgb(a.color));
			expect(b.x).toBeCloseTo(a.x, 6);
			expect(b.y).toBeCloseTo(a.y, 6);
			if (a.founded) expect(String(b.founded)).toBe(a.founded);
		});
		sub.forEachEdge((edge, a, source, target) => {
			expect(back.hasEdge(edge)).toBe(true);
			expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
			expect(back.isDirected(edge)).toBe(sub.isDirected(edge));
			expect(back.getEdgeAttributes(edge)).toMatchObject({
				relation: a.relation,
				weight: a.weight,
				color: asRgb(a.color!)
			});
		});
	});

	it('re-imports into Splinter with the same organizations and relations', () => {
		const again = loadDataset([file('view.gexf', xml)], {}, { xml: nodeXmlTools });
		expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(importedFields(again)).toEqual(importedFields(dataset));
	});

	it('gives dated nodes and edges Gephi intervals in a dynamic graph', () => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const graph = doc.getElementsByTagName('graph')[0]!;
		expect(graph.getAttribute('mode')).toBe('dynamic');
		expect(graph.getAttribute('timeformat')).toBe('date');
		const nodes = Array.from(doc.getElementsByTagName('node'));
		for (const o of dataset.organizations) {
			const element = nodes.find((n) => n.getAttribute('id') === o.id)!;
			const span = organizationSpan(o.founded, o.dissolved);
			expect(element.getAttribute('start') || null).toBe(span.start);
			expect(element.getAttribute('end') || null).toBe(span.end);
		}
		expect(nodes.filter((n) => n.hasAttribute('end')).length).toBeGreaterThan(0);
		const dated = Array.from(doc.getElementsByTagName('edge')).filter(
			(e) => e.hasAttribute('start') || e.hasAttribute('end')
		);
		expect(dated.length).toBe(dataset.relations.filter((r) => r.start || r.end).length);
	});

	it('stays well-formed XML whatever the labels and attribute names hold', async () => {
		const hostile = loadDataset([file('n.csv', HOSTILE_NODES)]);
		const drawn = await drawnGraph(hostile);
		const text = (await toGexf(drawn.sub, hostile, meta)).join('');
		const back = gexf.parse(MultiGraph, text);
		expect(back.getNodeAttribute('a', 'label')).toBe('<b>&amp; "quoted" bell');
		expect(back.getNodeAttribute('a', 'colour')).toBe('red, green');
		expect(back.getNodeAttribute('a', 'attribute:__proto__')).toBe('x');
		expect(back.getNodeAttribute('b', 'label')).toBe('Бе');
	});
});
