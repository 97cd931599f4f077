// The graph camera as plain numbers, for the URL: the canvas attaches sigma's camera, and a camera
// restored from a link (or from history) is applied to whichever canvas is attached.
import type { Camera } from 'sigma';
import type { CameraState as SigmaCameraState } from 'sigma/types';
import type { CameraSnapshot } from './url-codec';

const HOME: CameraSnapshot = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };

// Four decimals are far below a pixel; + 0 turns -0 into 0 so the URL never says "-0".
const round = (value: number) => Math.round(value * 1e4) / 1e4 + 0;

function snapshotOf(state: SigmaCameraState): CameraSnapshot | null {
	const snapshot = {
		x: round(state.x),
		y: round(state.y),
		ratio: round(state.ratio) || 0.0001,
		angle: round(state.angle)
	};
	const home = Object.entries(HOME).every(
		([key, value]) => snapshot[key as keyof CameraSnapshot] === value
	);
	return home ? null : snapshot;
}

class CameraStore {
	/** null: the home view (everything in frame). */
	current = $state.raw<CameraSnapshot | null>(null);
	#camera: Camera | null = null;

	/** Called by the graph canvas when it creates sigma; returns the detach function. */
	attach(camera: Camera): () => void {
		if (this.current) camera.setState(this.current);
		const onUpdated = (state: SigmaCameraState) => (this.current = snapshotOf(state));
		camera.on('updated', onUpdated);
		this.#camera = camera;
		return () => {
			camera.off('updated', onUpdated);
			if (this.#camera === camera) this.#camera = null;
		};
	}

	/** The node whose selection must not move the camera (see restore). */
	#keepFor: string | null = null;

	/** Shows a saved camera. `keepFor`: the node selected with it, which the canvas would otherwise
	 * ease to, losing the saved camera (a link or snapshot with both `org` and `camera`). */
	restore(snapshot: CameraSnapshot | null, keepFor: string | null = null): void {
		this.current = snapshot;
		this.#keepFor = keepFor;
		this.#camera?.setState(snapshot ?? HOME);
	}

	/** Whether easing to this newly selected node should be skipped; asked once per selection. */
	keeps(selected: string): boolean {
		const keep = this.#keepFor === selected;
		this.#keepFor = null;
		return keep;
	}
}

export const cameraState = new CameraStore();
