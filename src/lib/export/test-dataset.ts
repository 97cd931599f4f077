// For specs: the default dataset from data/*.csv, built into a graph with the canvas's colours and
// sizes, and a small hostile dataset whose labels and attributes try to break the files we write.
import { loadDataset } from '$lib/data/load-dataset';
import type { Dataset } from '$lib/data/types';
import { buildGraph, type SplinterGraph } from '$lib/graph/build-graph';
import { applyVisuals } from '$lib/render/visuals';
import { readFileSync } from 'node:fs';
import { drawnSubgraph, exportReducers } from './drawn-subgraph';

export const file = (name: string, text: string) => ({
	name,
	bytes: new TextEncoder().encode(text)
});

export function defaultDataset(): Dataset {
	return loadDataset(
		['organizations.csv', 'relations.csv', 'congresses.csv', 'membership.csv'].map((name) =>
			file(name, readFileSync(`data/${name}`, 'utf8'))
		)
	);
}

export const HOSTILE_NODES =
	'id,name,kind,founded,colour,__proto__\n' +
	'a,"<b>&amp; ""quoted"" \u0001bell\u0007",party,1991-09,"red, green",x\n' +
	'b,Бе,movement,,,\n';

export async function drawnGraph(
	dataset: Dataset
): Promise<{ graph: SplinterGraph; sub: SplinterGraph }> {
	const graph = buildGraph(dataset);
	applyVisuals(graph, {
		sizeBy: 'degree',
		colorBy: 'kind',
		membership: new Map(),
		communities: null
	});
	const sub = await drawnSubgraph(graph, exportReducers(graph, null, { nodes: null, edges: null }));
	return { graph, sub };
}

/** The fields a graph file carries through our importer, per organization and relation. */
export function importedFields(dataset: Dataset) {
	return {
		organizations: dataset.organizations.map((o) => [o.id, o.name, o.kind, o.founded, o.dissolved]),
		relations: dataset.relations.map((r) => [r.source, r.target, r.type, r.directed, r.start])
	};
}
