// Reads what a sigma instance drew into a Scene: every shown node and edge in viewport pixels, in
// drawing order, with the look the reducers gave it, and the labels the label layer placed.
// Browser only; the SVG built from it therefore matches the PNG drawn by the same instance.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import type { DrawnEdgeAttributes, DrawnNodeAttributes } from '$lib/render/drawn-graph';
import type { LabelLayer } from '$lib/render/label-layer';
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Scene, SceneEdge, SceneNode } from './scene';

type Drawn<T> = T & { zIndex?: number };

export function captureScene(
	sigma: Sigma<NodeAttributes, EdgeAttributes>,
	labels: LabelLayer,
	selected: string | null,
	measure: (text: string, font: string) => number
): Scene {
	const graph = sigma.getGraph();
	const settings = sigma.getSettings();
	const node = (key: string) =>
		sigma.getNodeDisplayData(key) as Drawn<NodeDisplayData & DrawnNodeAttributes> | undefined;

	const nodes: (SceneNode & { z: number })[] = [];
	graph.forEachNode((key) => {
		const d = node(key);
		if (!d || d.hidden) return;
		const at = sigma.framedGraphToViewport(d);
		const bordered = d.type === 'bordered';
		nodes.push({
			key,
			x: at.x,
			y: at.y,
			radius: sigma.scaleSize(d.size),
			color: d.color,
			borderColor: bordered ? (d.borderColor ?? d.color) : d.color,
			borderRatio: bordered ? (d.borderSize ?? 0.2) : 0,
			z: d.zIndex ?? 0
		});
	});

	const edges: (SceneEdge & { z: number })[] = [];
	graph.forEachEdge((key, _attributes, source, target) => {
		const d = sigma.getEdgeDisplayData(key) as
			Drawn<EdgeDisplayData & DrawnEdgeAttributes> | undefined;
		const s = node(source);
		const t = node(target);
		if (!d || d.hidden || !s || s.hidden || !t || t.hidden) return;
		const curved = d.type === 'curved' || d.type === 'curvedArrow';
		const from = sigma.framedGraphToViewport(s);
		const to = sigma.framedGraphToViewport(t);
		edges.push({
			key,
			source: from,
			target: { ...to, radius: sigma.scaleSize(t.size) },
			thickness: Math.max(settings.minEdgeThickness, sigma.scaleSize(d.size)),
			color: d.color,
			curvature: curved ? (d.curvature ?? DEFAULT_EDGE_CURVATURE) : 0,
			arrow: d.type === 'arrow' || d.type === 'curvedArrow',
			z: d.zIndex ?? 0
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

	// sigma draws lower zIndex first (stable for equal ones), as sort() keeps the graph's order.
	const byZ = <T extends { z: number }>(list: T[]) =>
		list.sort((a, b) => a.z - b.z).map(({ z: _z, ...rest }) => rest);
	const { width, height } = sigma.getDimensions();
	return {
		width,
		height,
		nodes: byZ(nodes),
		edges: byZ(edges),
		labels: labels.drawnLabels().map((l) => ({ ...l })),
		highlight,
		label
	};
}
