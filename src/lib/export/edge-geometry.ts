// Edges as sigma draws them, in viewport pixels: a line or a quadratic curve from the source's
// centre (@sigma/edge-curve: control point at the middle, pushed sideways by curvature × length),
// and an arrow head 2.5 thicknesses long and 2 wide whose tip touches the target's disc (sigma's
// DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, used by both arrow programs).
import type { SceneEdge } from './scene';

export const HEAD_LENGTH = 2.5;
export const HEAD_WIDTH = 2;

type Point = { x: number; y: number };

export interface EdgeOutline {
	/** The shaft: 'M … L …' or 'M … Q … …'; empty when the arrow head takes all of it. */
	path: string;
	/** Tip, then the two corners of the base; null for an undirected edge. */
	head: [Point, Point, Point] | null;
}

/**
 * How wide a shaft of `thickness` looks as sigma draws it: its line programs fade the colour out
 * over the outer `feather` pixels of each side (antiAliasingFeather; CSS pixels here, so 1 / the
 * pixel ratio), and a 1.7 px edge shows as about 0.7 px of ink. This is the width of a solid
 * stroke carrying the same ink, so that exports look as thin as the screen.
 */
export function visibleWidth(thickness: number, feather: number): number {
	const half = thickness / 2;
	if (feather <= 0) return thickness;
	if (half >= feather) return thickness - feather;
	// The ink of 1 − smoothstep over the part of the fade inside the edge, u from (f − h) / f to 1.
	const ink = (u: number) => u - u ** 3 + u ** 4 / 2;
	return 2 * feather * (ink(1) - ink((feather - half) / feather));
}

/** A coordinate to 1/100 pixel: finer than any screen, and files stay small. */
export const num = (n: number) => String(Math.round(n * 100) / 100);
const at = (p: Point) => `${num(p.x)} ${num(p.y)}`;

function bezier(s: Point, c: Point, t: Point, u: number): Point {
	const a = (1 - u) * (1 - u);
	const b = 2 * (1 - u) * u;
	const d = u * u;
	return { x: a * s.x + b * c.x + d * t.x, y: a * s.y + b * c.y + d * t.y };
}

/** The largest u whose point lies at least `distance` from the target (bisection from the end). */
function reach(s: Point, c: Point, t: Point, distance: number): number {
	let lo = 0;
	let hi = 1;
	for (let i = 0; i < 40; i++) {
		const mid = (lo + hi) / 2;
		const p = bezier(s, c, t, mid);
		if (Math.hypot(p.x - t.x, p.y - t.y) >= distance) lo = mid;
		else hi = mid;
	}
	return lo;
}

function head(tip: Point, base: Point, direction: Point, halfWidth: number): [Point, Point, Point] {
	const length = Math.hypot(direction.x, direction.y) || 1;
	const nx = -direction.y / length;
	const ny = direction.x / length;
	return [
		tip,
		{ x: base.x + nx * halfWidth, y: base.y + ny * halfWidth },
		{ x: base.x - nx * halfWidth, y: base.y - ny * halfWidth }
	];
}

export function edgeOutline(edge: SceneEdge): EdgeOutline | null {
	const s = edge.source;
	const t = edge.target;
	const dx = t.x - s.x;
	const dy = t.y - s.y;
	const length = Math.hypot(dx, dy);
	// sigma draws nothing for a self-loop or two nodes in one place.
	if (length === 0) return null;
	const headLength = edge.thickness * HEAD_LENGTH;
	const halfWidth = (edge.thickness * HEAD_WIDTH) / 2;

	if (edge.curvature === 0) {
		if (!edge.arrow) return { path: `M${at(s)} L${at(t)}`, head: null };
		const ux = dx / length;
		const uy = dy / length;
		const back = (d: number) => ({
			x: t.x - ux * Math.min(d, length),
			y: t.y - uy * Math.min(d, length)
		});
		const base = back(t.radius + headLength);
		const shaft = t.radius + headLength < length ? `M${at(s)} L${at(base)}` : '';
		return { path: shaft, head: head(back(t.radius), base, { x: dx, y: dy }, halfWidth) };
	}

	// Canvas y grows downwards, so sigma's (−dy, dx) normal in GL space is (dy, −dx) here.
	const c = {
		x: (s.x + t.x) / 2 + dy * edge.curvature,
		y: (s.y + t.y) / 2 - dx * edge.curvature
	};
	if (!edge.arrow) return { path: `M${at(s)} Q${at(c)} ${at(t)}`, head: null };
	const u = reach(s, c, t, t.radius + headLength);
	// The curve from 0 to u is itself quadratic, with its control point u of the way to c.
	const control = { x: s.x + (c.x - s.x) * u, y: s.y + (c.y - s.y) * u };
	const base = bezier(s, c, t, u);
	const tip = bezier(s, c, t, reach(s, c, t, t.radius));
	// The tangent at u: 2(1 − u)(c − s) + 2u(t − c).
	const tangent = {
		x: (1 - u) * (c.x - s.x) + u * (t.x - c.x),
		y: (1 - u) * (c.y - s.y) + u * (t.y - c.y)
	};
	const shaft = u > 0 ? `M${at(s)} Q${at(control)} ${at(base)}` : '';
	return { path: shaft, head: head(tip, base, tangent, halfWidth) };
}
