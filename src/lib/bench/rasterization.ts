// Headless Chromium here draws WebGL with SwiftShader: every frame's triangles are filled by the
// CPU, seconds per frame for a large graph, in a GPU process that competes with the page and the
// layout worker for the same two cores. The brief measures JavaScript-side costs for that reason,
// so the bench turns WebGL draw calls into no-ops: sigma still does all its work (reducers,
// processing, buffer uploads, every GL call but the fill), only the pixels are not filled. Turned
// back on to time one real frame.
const DRAWS = [
	'drawArrays',
	'drawArraysInstanced',
	'drawElements',
	'drawElementsInstanced'
] as const;
const saved = new Map<string, unknown>();

export function setRasterization(on: boolean): void {
	const prototype = WebGL2RenderingContext.prototype as unknown as Record<string, unknown>;
	for (const name of DRAWS) {
		if (!on && !saved.has(name)) {
			saved.set(name, prototype[name]);
			prototype[name] = () => {};
		} else if (on && saved.has(name)) {
			prototype[name] = saved.get(name);
			saved.delete(name);
		}
	}
}

export const rasterizing = () => saved.size === 0;
