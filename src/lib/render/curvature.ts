// How far apart parallel edges (several relations between the same two organizations) bend, from
// their index in the bundle; the same curve as @sigma/edge-curve's parallel-edges example. Pure,
// because the package itself needs WebGL as soon as it is imported.

/** @sigma/edge-curve's DEFAULT_EDGE_CURVATURE. */
const BASE_CURVATURE = 0.25;

/** Curvature for the edge at `index` among parallel edges spread over [-maxIndex, maxIndex]. */
export function curvatureFor(index: number, maxIndex: number): number {
	if (maxIndex <= 0) return 0;
	if (index < 0) return -curvatureFor(-index, maxIndex);
	// The bundle widens with its size, but never without bound.
	const amplitude = 3.5;
	const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * BASE_CURVATURE;
	return (maxCurvature * index) / maxIndex;
}
