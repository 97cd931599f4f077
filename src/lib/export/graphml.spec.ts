import { DOMParser } from '@xmldom/xmldom';
import { MultiGraph } from 'graphology';
import graphml from 'graphology-graphml/node';
import { describe, expect, it } from 'vitest';
import { nodeXmlTools } from '../../../scripts/xml-tools-node';
import { loadDataset } from '$lib/data/load-dataset';
import { gephiInterval, relationSpan } from './gephi-time';
import { toGraphml } from './graphml';
import { HOSTILE_NODES, defaultDataset, drawnGraph, file, importedFields } from './test-dataset';

const meta = { description: 'post-soviet-communists, as of 1995', date: '2026-11-22' };

const dataset = defaultDataset();
const { sub } = await drawnGraph(dataset);

const xml = (await toGraphml(sub, dataset, meta)).join('');

describe('toGraphml', () => {
	it('reads back with graphology-graphml: same nodes, edges, look and attributes', () => {
		const back = graphml.parse(MultiGraph, xml);
		expect(back.order).toBe(sub.order);
		expect(back.size).toBe(sub.size);
		expect(back.getAttributes()).toMatchObject(meta);
		sub.forEachNode((node, a) => {
			expect(back.getNodeAttributes(node)).toMatchObject({
				label: a.label,
				x: a.x,
				y: a.y,
				size: a.size,
				color: a.color.toLowerCase(),
				kind: a.kind
			});
		});
		sub.forEachEdge((edge, a, source, target) => {
			expect(back.hasEdge(edge)).toBe(true);
			expect([back.source(edge), back.target(edge)]).toEqual([source, target]);
			expect(back.isDirected(edge)).toBe(sub.isDirected(edge));
			const b = back.getEdgeAttributes(edge);
			expect(b).toMatchObject({ relation: a.relation, weight: a.weight, thickness: a.size });
			expect(b.interval ?? '').toBe(gephiInterval(relationSpan(a.relation, a.start, a.end)));
		});
	});

	it('re-imports into Splinter with the same organizations and relations', () => {
		const again = loadDataset([file('view.graphml', xml)], {}, { xml: nodeXmlTools });
		expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(importedFields(again)).toEqual(importedFields(dataset));
	});

	it('declares every key once and uses Gephi names for the look', () => {
		const doc = new DOMParser().parseFromString(xml, 'application/xml');
		const keys = Array.from(doc.getElementsByTagName('key')).map(
			(k) => `${k.getAttribute('for')}:${k.getAttribute('attr.name')}`
		);
		expect(new Set(keys).size).toBe(keys.length);
		expect(keys).toEqual(
			expect.arrayContaining(['node:label', 'node:x', 'node:r', 'edge:weight', 'edge:b'])
		);
	});

	it('stays well-formed XML whatever the labels and attribute names hold', async () => {
		const hostile = loadDataset([file('n.csv', HOSTILE_NODES)]);
		const back = graphml.parse(
			MultiGraph,
			(await toGraphml((await drawnGraph(hostile)).sub, hostile, meta)).join('')
		);
		expect(back.getNodeAttributes('a')).toMatchObject({
			label: '<b>&amp; "quoted" bell',
			colour: 'red, green',
			interval: '<[1991-09-01, Infinity]>'
		});
		expect(Object.hasOwn(back.getNodeAttributes('a'), 'attribute:__proto__')).toBe(true);
	});
});
