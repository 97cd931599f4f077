// A drawn view as plain numbers in CSS pixels of the exported image: what sigma drew (nodes, edges
// with curvature and arrows, placed labels, the selection's label box), read from a sigma instance
// by capture-scene.ts and turned into SVG by svg-document.ts.

export interface SceneNode {
	key: string;
	x: number;
	y: number;
	radius: number;
	color: string;
	/** The ring or rim: its colour and its width as a fraction of the radius (0: none). */
	borderColor: string;
	borderRatio: number;
}

export interface SceneEdge {
	key: string;
	source: { x: number; y: number };
	target: { x: number; y: number; radius: number };
	thickness: number;
	color: string;
	/** @sigma/edge-curve's curvature; 0 for a straight edge. */
	curvature: number;
	arrow: boolean;
}

export interface SceneLabel {
	key: string;
	text: string;
	/** Left end of the text and its vertical middle. */
	x: number;
	y: number;
}

/** The selected node's label in a white box around the node, as sigma draws a hovered node. */
export interface SceneHighlight {
	key: string;
	x: number;
	y: number;
	radius: number;
	text: string;
	textWidth: number;
}

export interface LabelStyle {
	font: string;
	size: number;
	weight: string;
	color: string;
}

export interface Scene {
	width: number;
	height: number;
	nodes: SceneNode[];
	edges: SceneEdge[];
	labels: SceneLabel[];
	highlight: SceneHighlight | null;
	label: LabelStyle;
	/** sigma's antiAliasingFeather, in device pixels: edges fade out over this much of each side. */
	feather: number;
}
