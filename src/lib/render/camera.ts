// Camera moves: zoom buttons, fit to view, and easing to a selected node so that it and its
// neighbours fill the view. Instant when the user asks for reduced motion.
import type Sigma from 'sigma';
import type { Attributes } from 'graphology-types';

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

export function fitToView<N extends Attributes, E extends Attributes>(sigma: AnySigma<N, E>): void {
	void sigma.getCamera().animatedReset({ duration: duration(400) });
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
