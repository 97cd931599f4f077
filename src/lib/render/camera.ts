// Camera moves: zoom buttons, fit to view, and easing to a selected node so that it and its
// neighbours fill the view. Instant when the user asks for reduced motion.
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';
import { fitMarks, roomAround, type Mark } from './fit-view';

// Generic over attribute types: the camera only reads positions.
type AnySigma<N extends Attributes, E extends Attributes> = Sigma<N, E>;

const ZOOM_FACTOR = 1.5;
const MIN_RATIO = 0.05;

/** The length of a camera animation: none when the reader asks for reduced motion. */
export function duration(ms: number): number {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
		? 0
		: ms;
}

export function zoomIn<N extends Attributes, E extends Attributes>(sigma: AnySigma<N, E>): void {
	void sigma.getCamera().animatedZoom({ factor: ZOOM_FACTOR, duration: duration(250) });
}

export function zoomOut<N extends Attributes, E extends Attributes>(sigma: AnySigma<N, E>): void {
	void sigma.getCamera().animatedUnzoom({ factor: ZOOM_FACTOR, duration: duration(250) });
}

/**
 * Shows the whole graph, labels included, clear of what is drawn over it: elements marked
 * `data-overlay` (fit-view.ts). `instant` for the first view of a graph.
 */
export function fitToView<N extends Attributes, E extends Attributes>(
	sigma: AnySigma<N, E>,
	instant = false
): void {
	const box = sigma.getContainer().getBoundingClientRect();
	const { width, height } = sigma.getDimensions();
	if (width === 0 || height === 0) return;
	const overlays = [...document.querySelectorAll('[data-overlay]')].map((element) =>
		element.getBoundingClientRect()
	);
	const reference = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
	const measure = labelMeasure(sigma);
	const marks: Mark[] = [];
	sigma.getGraph().forEachNode((node) => {
		const data = sigma.getNodeDisplayData(node);
		if (!data || data.hidden) return;
		const at = sigma.framedGraphToViewport(data, { cameraState: reference });
		const radius = sigma.scaleSize(data.size, 1);
		marks.push({ ...at, radius, label: data.label ? measure(data.label) : 0 });
	});
	const fit = fitMarks(marks, { width, height }, roomAround(box, overlays));
	const ratio = 1 / fit.scale;
	const centre = sigma.viewportToFramedGraph(
		{ x: width / 2 - fit.dx, y: height / 2 - fit.dy },
		{ cameraState: { ...reference, ratio } }
	);
	const state = { x: centre.x, y: centre.y, ratio, angle: 0 };
	if (instant) sigma.getCamera().setState(state);
	else void sigma.getCamera().animate(state, { duration: duration(400) });
}

function labelMeasure<N extends Attributes, E extends Attributes>(sigma: AnySigma<N, E>) {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return () => 0;
	const size = sigma.getSetting('labelSize');
	context.font = `${sigma.getSetting('labelWeight')} ${size}px ${sigma.getSetting('labelFont')}`;
	return (label: string) => context.measureText(label).width + 2;
}

/**
 * Centres the camera on the node, zoomed so that its visible neighbours fit around it (camera
 * coordinates are sigma's framed graph: the whole graph spans about 1 at ratio 1).
 */
export function easeToNode<N extends Attributes, E extends Attributes>(
	sigma: AnySigma<N, E>,
	node: string,
	neighbours: Iterable<string>
): CameraTarget | null {
	const center = sigma.getNodeDisplayData(node);
	if (!center) return null;
	let reach = 0;
	for (const other of neighbours) {
		const data = sigma.getNodeDisplayData(other);
		if (!data || data.hidden) continue;
		reach = Math.max(reach, Math.abs(data.x - center.x), Math.abs(data.y - center.y));
	}
	// 2 × reach is the neighbourhood's width; the factor leaves room for labels at its edges.
	const ratio = reach > 0 ? Math.min(1, Math.max(MIN_RATIO, reach * 2.6)) : 0.3;
	const target = { x: center.x, y: center.y, ratio };
	void sigma.getCamera().animate(target, { duration: duration(600), easing: 'quadraticInOut' });
	return target;
}

export interface CameraTarget {
	x: number;
	y: number;
	ratio: number;
}

/** True while the camera is on its way to the target or rests there: the reader has not moved it. */
export function stillOn<N extends Attributes, E extends Attributes>(
	sigma: AnySigma<N, E>,
	target: CameraTarget
): boolean {
	const camera = sigma.getCamera();
	if (camera.isAnimated()) return true;
	const state = camera.getState();
	const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
	return near(state.x, target.x) && near(state.y, target.y) && near(state.ratio, target.ratio);
}
