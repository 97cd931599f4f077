// The graph from the keyboard: arrow keys move the view, + and − zoom (0, fit to view, is the
// Fit button's own function: camera.ts).
// Camera coordinates span about 1 at ratio 1 (sigma's framed graph), so a step of an eighth of the
// ratio moves the view by an eighth of what is on screen at any zoom.
import type { Camera } from 'sigma';
import type { CameraState } from 'sigma/types';
import { duration } from './camera';

const STEP = 1 / 8;
const ZOOM = 1.5;
const MIN_RATIO = 0.05;
const MAX_RATIO = 10;

const MOVES: Record<string, [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, 1],
	ArrowDown: [0, -1]
};

/** Where a key takes the camera, or null when the key is not one of the graph's. */
export function cameraForKey(key: string, state: CameraState): Partial<CameraState> | null {
	const move = MOVES[key];
	if (move) {
		// Screen directions, whatever the camera's rotation.
		const cos = Math.cos(state.angle);
		const sin = Math.sin(state.angle);
		const [dx, dy] = [move[0] * STEP * state.ratio, move[1] * STEP * state.ratio];
		return { x: state.x + dx * cos - dy * sin, y: state.y + dx * sin + dy * cos };
	}
	if (key === '+' || key === '=') return { ratio: Math.max(MIN_RATIO, state.ratio / ZOOM) };
	if (key === '-' || key === '_') return { ratio: Math.min(MAX_RATIO, state.ratio * ZOOM) };
	return null;
}

/** Applies a key to the camera; true when the key was the graph's (the caller prevents its default). */
export function moveCameraByKey(camera: Camera, key: string): boolean {
	const target = cameraForKey(key, camera.getState());
	if (!target) return false;
	void camera.animate(target, { duration: duration(150) });
	return true;
}
