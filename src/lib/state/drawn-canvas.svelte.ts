// The graph canvas on screen, for features that need the live sigma instance (image export draws
// the same view again at another size). The canvas attaches its renderer when it creates it and
// detaches it when it is torn down, as it does with the camera.
import type { EdgeAttributes, NodeAttributes } from '$lib/graph/build-graph';
import type { LabelLayer } from '$lib/render/label-layer';
import type Sigma from 'sigma';

export interface AttachedCanvas {
	sigma: Sigma<NodeAttributes, EdgeAttributes>;
	labels: LabelLayer;
}

class DrawnCanvas {
	current = $state.raw<AttachedCanvas | null>(null);

	attach(canvas: AttachedCanvas): () => void {
		this.current = canvas;
		return () => {
			if (this.current === canvas) this.current = null;
		};
	}
}

export const drawnCanvas = new DrawnCanvas();
