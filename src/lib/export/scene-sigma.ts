// The view at an export's size as a Scene, read from a temporary sigma that frames, reduces and
// places labels exactly as the one on screen would at that size, but draws nothing with WebGL.
// Drawing was the whole cost of an export without a GPU: SwiftShader rasterises on the CPU and the
// page waited for it (2 s of 2.5 s for an SVG of 2,000 nodes at 1920 × 1080, all in the
// loseContext() that ends the temporary sigma). The PNG is painted from the Scene in a worker.
// The temporary sigma holds only the nodes: framing and labels need nothing else, and its
// bookkeeping of 250,000 edges held the page for 11 of the 25 s a 50,000-node export took.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import { createLabelLayer } from '$lib/render/label-layer';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { captureScene, type EdgeDisplay } from './capture-scene';
import type { Reducers } from './drawn-subgraph';
import type { Scene } from './scene';

type GraphSigma = Sigma<NodeAttributes, EdgeAttributes>;

/**
 * A program that takes sigma's items and draws none. sigma calls only these methods on a program,
 * and takes its label and hover drawing from the settings when a program has none.
 */
class DrawsNothing {
	reallocate(): void {}
	process(): void {}
	render(): void {}
	kill(): void {}
}

const drawingNothing = (programs: Record<string, unknown>) =>
	Object.fromEntries(Object.keys(programs).map((type) => [type, DrawsNothing]));

export interface SceneRequest {
	sigma: GraphSigma;
	/** The graph's part of the image, in CSS pixels. */
	width: number;
	height: number;
	reducers: Reducers;
	selected: string | null;
	measure: (text: string, font: string) => number;
}

export async function sceneAtSize(request: SceneRequest): Promise<Scene> {
	const { sigma } = request;
	const labels = createLabelLayer(() => ({ hovered: null, selected: request.selected }));
	const settings = sigma.getSettings();
	const root = document.createElement('div');
	// Off screen but laid out: sigma reads its size from the element.
	Object.assign(root.style, {
		width: `${request.width}px`,
		height: `${request.height}px`,
		position: 'absolute',
		right: '101%',
		bottom: '101%'
	});
	document.body.appendChild(root);
	const graph = sigma.getGraph();
	const nodesOnly = graph.nullCopy();
	graph.forEachNode((key, attributes) => nodesOnly.addNode(key, attributes));
	// What sigma makes of an edge: the reducer's look (on a copy: it writes to what it is given)
	// completed with sigma's defaults.
	const edgeDisplay = (key: string, attributes: EdgeAttributes): EdgeDisplay => {
		const d = request.reducers.edgeReducer(key, { ...attributes }) as EdgeDisplay;
		d.color ||= settings.defaultEdgeColor;
		d.size ||= 0.5;
		d.type ||= settings.defaultEdgeType;
		return d;
	};
	let temp: GraphSigma | null = null;
	try {
		temp = new Sigma(nodesOnly, root, {
			...settings,
			...request.reducers,
			nodeProgramClasses: drawingNothing(settings.nodeProgramClasses),
			nodeHoverProgramClasses: drawingNothing(settings.nodeHoverProgramClasses),
			edgeProgramClasses: drawingNothing(settings.edgeProgramClasses),
			defaultDrawNodeLabel: labels.drawLabel,
			defaultDrawNodeHover: labels.drawHover
		} as unknown as Partial<Settings<NodeAttributes, EdgeAttributes>>);
		temp.getCamera().setState(sigma.getCamera().getState());
		temp.setCustomBBox(sigma.getCustomBBox());
		labels.attach(temp);
		temp.refresh();
		return await captureScene({
			sigma: temp,
			graph,
			edgeDisplay,
			labels,
			selected: request.selected,
			measure: request.measure
		});
	} finally {
		temp?.kill();
		root.remove();
	}
}
