// The sigma instance with our programs and label settings. Statements and blocs use the
// node-border program (rings and rimmed discs); parallel edges the curved programs.
import type { EdgeAttributes, NodeAttributes, SplinterGraph } from '$lib/graph/build-graph';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import {
	DEFAULT_EDGE_PROGRAM_CLASSES,
	DEFAULT_NODE_PROGRAM_CLASSES,
	type Settings
} from 'sigma/settings';
import { withOnTop } from './on-top';
import { FADE_LIMIT } from './reducers';
import { LABEL_FONT } from './label-font';

const BorderedNodeProgram = createNodeBorderProgram({
	borders: [
		{ size: { attribute: 'borderSize', defaultValue: 0.2 }, color: { attribute: 'borderColor' } },
		{ size: { fill: true }, color: { attribute: 'color' } }
	]
});

export function createRenderer(
	graph: SplinterGraph,
	container: HTMLElement,
	settings: Partial<Settings<NodeAttributes, EdgeAttributes>>
): Sigma<NodeAttributes, EdgeAttributes> {
	// The on-top programs serve a focus that fades the rest; each costs a shader compiled when
	// sigma starts (slow without a GPU), so larger graphs, where nothing fades, go without them.
	const onTop = graph.order + graph.size <= FADE_LIMIT;
	const nodePrograms = { ...DEFAULT_NODE_PROGRAM_CLASSES, bordered: BorderedNodeProgram };
	const edgePrograms = {
		...DEFAULT_EDGE_PROGRAM_CLASSES,
		curved: EdgeCurveProgram,
		curvedArrow: EdgeCurvedArrowProgram
	};
	return new Sigma(graph, container, {
		nodeProgramClasses: onTop ? withOnTop(nodePrograms) : nodePrograms,
		edgeProgramClasses: onTop ? withOnTop(edgePrograms) : edgePrograms,
		defaultEdgeType: 'line',
		renderEdgeLabels: false,
		stagePadding: 40,
		// The label grid only proposes candidates; the label layer drops any that would overlap.
		labelDensity: 1.5,
		labelGridCellSize: 80,
		labelRenderedSizeThreshold: 7,
		labelSize: 13,
		labelFont: LABEL_FONT,
		labelColor: { color: '#1a1a1a' },
		// A panel opened over the whole stage on a phone may leave it 0 px wide for a moment.
		allowInvalidContainer: true,
		...settings
	});
}
