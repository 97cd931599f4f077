// Reads what a sigma instance would draw into a Scene: every shown node and edge in viewport
// pixels, in drawing order, with the look the reducers give it, and the labels the label layer
// placed. The sigma holds only the nodes (scene-sigma.ts): the edges come from the graph, each
// through `edgeDisplay` (the edge reducer and sigma's defaults), since sigma's own per-edge
// bookkeeping was most of an export's time on large graphs. Browser only.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import type { DrawnEdgeAttributes, DrawnNodeAttributes } from '$lib/render/drawn-graph';
import type { LabelLayer } from '$lib/render/label-layer';
import { ON_TOP } from '$lib/render/on-top';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { inSlices } from './in-slices';
import type { Scene, SceneEdge, SceneNode } from './scene';

type Drawn<T> = T & { zIndex?: number };

export type EdgeDisplay = Drawn<EdgeDisplayData & DrawnEdgeAttributes>;

export interface SceneSource {
	/** A sigma at the scene's size, holding the graph's nodes. */
	sigma: Sigma<NodeAttributes, EdgeAttributes>;
	/** The whole graph, edges included. */
	graph: SplinterGraph;
	edgeDisplay: (key: string, attributes: EdgeAttributes) => EdgeDisplay;
	labels: LabelLayer;
	selected: string | null;
	measure: (text: string, font: string) => number;
}

export async function captureScene({
	sigma,
	graph,
	edgeDisplay,
	labels,
	selected,
	measure
}: SceneSource): Promise<Scene> {
	const settings = sigma.getSettings();
	// sigma draws program after program, in the order they were registered (the on-top copies
	// last), and within one the graph's order, or zIndex's when that setting is on: z is the rank.
	const ranks = (classes: object) => new Map(Object.keys(classes).map((type, i) => [type, i]));
	const nodeRank = ranks(settings.nodeProgramClasses);
	const edgeRank = ranks(settings.edgeProgramClasses);
	const zOf = (rank: Map<string, number>, type: string, zIndex: number | undefined) =>
		(rank.get(type) ?? 0) * 1e6 + (settings.zIndex ? Math.min(1e6 - 1, zIndex ?? 0) : 0);
	const node = (key: string) =>
		sigma.getNodeDisplayData(key) as Drawn<NodeDisplayData & DrawnNodeAttributes> | undefined;

	const nodes: (SceneNode & { z: number })[] = [];
	// Each shown node once, by key: edges read their ends from here.
	const shown = new Map<string, SceneNode & { z: number }>();
	sigma.getGraph().forEachNode((key) => {
		const d = node(key);
		if (!d || d.hidden) return;
		const at = sigma.framedGraphToViewport(d);
		const bordered = d.type.startsWith('bordered');
		const drawn = {
			key,
			x: at.x,
			y: at.y,
			radius: sigma.scaleSize(d.size),
			color: d.color,
			borderColor: bordered ? (d.borderColor ?? d.color) : d.color,
			borderRatio: bordered ? (d.borderSize ?? 0.2) : 0,
			z: zOf(nodeRank, d.type, d.zIndex)
		};
		nodes.push(drawn);
		shown.set(key, drawn);
	});

	const edges: (SceneEdge & { z: number })[] = [];
	// In slices: a large graph has hundreds of thousands of edges.
	await inSlices(graph.edgeEntries(), ({ edge: key, attributes, source, target }) => {
		const s = shown.get(source);
		const t = shown.get(target);
		if (!s || !t) return;
		const d = edgeDisplay(key, attributes);
		if (d.hidden) return;
		// The on-top copy of a program draws as the program does.
		const type = d.type.endsWith(ON_TOP) ? d.type.slice(0, -ON_TOP.length) : d.type;
		const curved = type === 'curved' || type === 'curvedArrow';
		edges.push({
			key,
			source: { x: s.x, y: s.y },
			target: { x: t.x, y: t.y, radius: t.radius },
			thickness: Math.max(settings.minEdgeThickness, sigma.scaleSize(d.size)),
			color: d.color,
			curvature: curved ? (d.curvature ?? DEFAULT_EDGE_CURVATURE) : 0,
			arrow: type === 'arrow' || type === 'curvedArrow',
			z: zOf(edgeRank, d.type, d.zIndex)
		});
	});

	const label = {
		font: settings.labelFont,
		size: settings.labelSize,
		weight: settings.labelWeight,
		color: settings.labelColor.color ?? '#000000'
	};
	const chosen = selected !== null && graph.hasNode(selected) ? node(selected) : undefined;
	let highlight: Scene['highlight'] = null;
	if (chosen && !chosen.hidden && chosen.label) {
		const at = sigma.framedGraphToViewport(chosen);
		highlight = {
			key: selected!,
			x: at.x,
			y: at.y,
			radius: sigma.scaleSize(chosen.size),
			text: chosen.label,
			textWidth: measure(chosen.label, `${label.weight} ${label.size}px ${label.font}`)
		};
	}

	// Lower z first, stable for equal ones: sort() keeps the graph's order. When all share one
	// (large graphs: no on-top programs) the order is the graph's already. z stays on the items:
	// copying 250,000 of them to drop it cost more than sending it.
	const byZ = <T extends { z: number }>(list: T[]): T[] =>
		list.every((item) => item.z === list[0]!.z) ? list : list.sort((a, b) => a.z - b.z);
	const { width, height } = sigma.getDimensions();
	return {
		width,
		height,
		nodes: byZ(nodes),
		edges: byZ(edges),
		labels: labels.drawnLabels().map((l) => ({ ...l })),
		highlight,
		label,
		feather: settings.antiAliasingFeather
	};
}
