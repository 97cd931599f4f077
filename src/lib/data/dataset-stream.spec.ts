// Handing a dataset over in parts changes nothing: the page rebuilds exactly what loadDataset
// returns, and a graph grown from the parts equals the one built from the whole dataset.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphBuilder, buildGraph } from '../graph/build-graph';
import { DatasetAssembler } from './dataset-assembler';
import { PART_SIZE, streamDataset, type DatasetPart } from './dataset-stream';
import { loadDataset, type InputFile, type LoadOptions } from './load-dataset';

const fixture = (name: string): InputFile => ({
	name,
	bytes: new Uint8Array(readFileSync(`tests/fixtures/import/${name}`))
});
const text = (name: string, body: string): InputFile => ({
	name,
	bytes: new TextEncoder().encode(body)
});

function roundTrip(files: InputFile[], options: LoadOptions = {}, streaming?: boolean) {
	const parts: (DatasetPart | { kind: 'progress' })[] = [];
	let builder = new GraphBuilder();
	const assembler = new DatasetAssembler({
		organizations: (items) => builder.addOrganizations(items),
		relations: (items) => builder.addRelations(items),
		restart: () => (builder = new GraphBuilder())
	});
	const rest = streamDataset(
		files,
		options,
		{ onProgress: () => parts.push({ kind: 'progress' }) },
		(part) => {
			parts.push(part);
			// What structuredClone does on the way to the page.
			assembler.add(structuredClone(part));
		},
		streaming
	);
	return { dataset: assembler.finish(rest), graph: builder.finish(), parts };
}

const csvFixtures = readdirSync('tests/fixtures/import').filter(
	(f) => !/\.(gexf|graphml)$/.test(f)
);

describe('streamDataset + DatasetAssembler', () => {
	it.each(csvFixtures)('rebuilds %s exactly', (name) => {
		const { dataset, graph } = roundTrip([fixture(name)]);
		const expected = loadDataset([fixture(name)]);
		expect(dataset).toEqual(expected);
		expect(graph.export()).toEqual(buildGraph(expected).export());
	});

	it('rebuilds merged duplicates and a node table listed after the edges', () => {
		for (const [files, options] of [
			[[fixture('problems.csv')], { mergeDuplicates: true }],
			[[fixture('gephi-edges.csv'), fixture('gephi-nodes.csv')], {}],
			[[fixture('gephi-nodes.csv'), fixture('gephi-edges.csv')], {}]
		] as const) {
			const { dataset, graph } = roundTrip([...files], options);
			const expected = loadDataset([...files], options);
			expect(dataset).toEqual(expected);
			expect(graph.export()).toEqual(buildGraph(expected).export());
		}
	});

	it('hands an edge list over while reading it, in parts of at most PART_SIZE', () => {
		// A path: every batch of rows names organizations not seen before.
		const rows = Array.from({ length: 2 * PART_SIZE + 10 }, (_, i) => `n${i},n${i + 1},split`);
		const edges = text('g.csv', ['source,target,type', ...rows].join('\n'));
		const { dataset, graph, parts } = roundTrip([edges]);
		const expected = loadDataset([edges]);
		expect(dataset).toEqual(expected);
		expect(graph.export()).toEqual(buildGraph(expected).export());
		const kinds = parts.map((p) => p.kind);
		// Streamed: relations (whose new ends the page makes organizations of) while reading.
		expect(kinds.filter((k) => k !== 'progress')).toEqual(['relations', 'relations', 'relations']);
		expect(parts.every((p) => p.kind !== 'relations' || p.newEnds)).toBe(true);
		for (const p of parts)
			if (p.kind === 'relations') expect(p.columns.count).toBeLessThanOrEqual(PART_SIZE);
	});

	it('does not stream when a file head shows a node table', () => {
		const edges = text('e.csv', 'source,target\na,b\nb,c\n');
		const nodes = text('n.csv', 'id,name\nc,C\nz,Z\n');
		const { dataset, graph, parts } = roundTrip([edges, nodes]);
		expect(dataset).toEqual(loadDataset([edges, nodes]));
		// The node table's rows come first, though its file comes second.
		expect(graph.nodes()).toEqual(['c', 'z', 'a', 'b']);
		expect(parts.some((p) => p.kind === 'relations' && p.newEnds)).toBe(false);
	});

	it('starts over, with the same result, when streaming proves wrong', () => {
		const edges = text('e.csv', 'source,target\na,b\nb,c\n');
		const nodes = text('n.csv', 'id,name\nc,C\nz,Z\n');
		const { dataset, graph, parts } = roundTrip([edges, nodes], {}, true);
		expect(dataset).toEqual(loadDataset([edges, nodes]));
		expect(graph.nodes()).toEqual(['c', 'z', 'a', 'b']);
		expect(parts.map((p) => p.kind)).toContain('restart');
	});
});
