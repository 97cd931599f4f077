// Fit to view that leaves room for what is drawn over the graph (the zoom and layout controls, a
// phone's open sheet) and for the labels, which sigma's own fit ignores: it pads the nodes' centres
// evenly, so a label at the right edge or a node under the controls is cut or hidden.
// Pure geometry on viewport pixels; camera.ts turns the answer into a camera state.

export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

export interface Insets {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** A node as drawn at the reference camera: centre, disc radius and label width (to its right). */
export interface Mark {
	x: number;
	y: number;
	radius: number;
	label: number;
}

export interface Fit {
	/** Distances from the view's centre are multiplied by this… */
	scale: number;
	/** …and then everything moves by this many pixels. */
	dx: number;
	dy: number;
}

const MARGIN = 8;
/** Overlays that would leave less than this share of the width or height are not cleared. */
const LEAST_ROOM = 0.4;
/** sigma draws a label this far right of the disc, and about this tall. */
const LABEL_GAP = 3;
const LABEL_HALF_HEIGHT = 8;

/**
 * How far in from each side of `view` the graph must stay clear of `overlays`: each overlay is
 * cleared from the side where that costs least (the zoom column from the left, a bar from the
 * bottom), plus a margin. When that would leave less than 40% of the width or height (a phone's
 * sheet over most of the canvas), nothing is cleared: fitted into a sliver the graph would shrink
 * to a dot; fitted to the whole canvas it is there when the sheet closes.
 */
export function roomAround(view: Rect, overlays: readonly Rect[]): Insets {
	const insets = clearing(view, overlays);
	const width = view.right - view.left;
	const height = view.bottom - view.top;
	const tooSmall =
		width - insets.left - insets.right < width * LEAST_ROOM ||
		height - insets.top - insets.bottom < height * LEAST_ROOM;
	return tooSmall ? clearing(view, []) : insets;
}

function clearing(view: Rect, overlays: readonly Rect[]): Insets {
	const insets: Insets = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
	for (const o of overlays) {
		if (
			o.right <= view.left ||
			o.left >= view.right ||
			o.bottom <= view.top ||
			o.top >= view.bottom
		)
			continue;
		const costs: [keyof Insets, number][] = [
			['left', o.right - view.left],
			['right', view.right - o.left],
			['top', o.bottom - view.top],
			['bottom', view.bottom - o.top]
		];
		const [side, cost] = costs.reduce((a, b) => (b[1] < a[1] ? b : a));
		insets[side] = Math.max(insets[side], cost + MARGIN);
	}
	return insets;
}

function extent(
	marks: readonly Mark[],
	scale: number,
	axis: 'x' | 'y',
	centre: number,
	longest: number
) {
	let min = Infinity;
	let max = -Infinity;
	for (const m of marks) {
		const at = centre + scale * ((axis === 'x' ? m.x : m.y) - centre);
		const before =
			axis === 'x' ? m.radius : Math.max(m.radius, m.label > 0 ? LABEL_HALF_HEIGHT : 0);
		const label = Math.min(m.label, longest);
		const after = axis === 'x' ? m.radius + (label > 0 ? LABEL_GAP + label : 0) : before;
		min = Math.min(min, at - before);
		max = Math.max(max, at + after);
	}
	return { min, max };
}

/**
 * The largest scale (at most `maxScale`) at which every mark, its disc and label fit in the view
 * less `insets`, and the shift that centres them there.
 */
export function fitMarks(
	marks: readonly Mark[],
	view: { width: number; height: number },
	insets: Insets,
	maxScale = 1
): Fit {
	if (marks.length === 0) return { scale: 1, dx: 0, dy: 0 };
	const cx = view.width / 2;
	const cy = view.height / 2;
	const room = {
		width: Math.max(1, view.width - insets.left - insets.right),
		height: Math.max(1, view.height - insets.top - insets.bottom)
	};
	// A name longer than a quarter of the room is placed beside its disc wherever it fits (the label
	// layer tries each side) or left out; reserving all of it would shrink the graph to a dot.
	const longest = room.width / 4;
	const fits = (scale: number) => {
		const x = extent(marks, scale, 'x', cx, longest);
		const y = extent(marks, scale, 'y', cy, longest);
		return x.max - x.min <= room.width && y.max - y.min <= room.height;
	};
	let low = 0;
	let high = maxScale;
	if (fits(high)) low = high;
	else
		for (let step = 0; step < 30; step++) {
			const mid = (low + high) / 2;
			if (fits(mid)) low = mid;
			else high = mid;
		}
	const scale = Math.max(low, 1e-3);
	const x = extent(marks, scale, 'x', cx, longest);
	const y = extent(marks, scale, 'y', cy, longest);
	return {
		scale,
		dx: insets.left + room.width / 2 - (x.min + x.max) / 2,
		dy: insets.top + room.height / 2 - (y.min + y.max) / 2
	};
}
