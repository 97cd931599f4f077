// Chooses which node labels to draw, and where, so that no two labels overlap. sigma's label grid
// proposes candidates (one or a few per grid cell); this greedy pass keeps the important ones:
// forced labels (the node in focus and its neighbours) first, then larger nodes first. A forced
// label is always drawn: it tries the four sides of its node and takes the least crowded one.

export interface LabelCandidate {
	key: string;
	/** Node centre and rendered radius, in viewport pixels. */
	x: number;
	y: number;
	radius: number;
	/** Label text box size in pixels. */
	width: number;
	height: number;
	forced: boolean;
	/** Higher first among forced labels (e.g. the selected node). */
	priority: number;
	/** Drawn elsewhere at the right of its node (sigma's hover box): reserve that place. */
	fixed?: boolean;
}

export type Side = 'right' | 'left' | 'below' | 'above';

export interface PlacedLabel {
	key: string;
	/** Top-left corner of the text box. */
	x: number;
	y: number;
	side: Side;
}

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const GAP = 3;
const SIDES: Side[] = ['right', 'left', 'below', 'above'];
const PLAIN_SIDES: Side[] = ['right', 'left'];
const FIXED_SIDES: Side[] = ['right'];

function boxAt(c: LabelCandidate, side: Side): Box {
	const { width, height } = c;
	switch (side) {
		case 'right':
			return { x: c.x + c.radius + GAP, y: c.y - height / 2, width, height };
		case 'left':
			return { x: c.x - c.radius - GAP - width, y: c.y - height / 2, width, height };
		case 'below':
			return { x: c.x - width / 2, y: c.y + c.radius + GAP, width, height };
		case 'above':
			return { x: c.x - width / 2, y: c.y - c.radius - GAP - height, width, height };
	}
}

function overlap(a: Box, b: Box): number {
	const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
	const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
	return w > 0 && h > 0 ? w * h : 0;
}

/** Order of consideration: fixed, then forced, then others; then priority, then node size. */
function compare(a: LabelCandidate, b: LabelCandidate): number {
	return (
		Number(Boolean(b.fixed)) - Number(Boolean(a.fixed)) ||
		Number(b.forced) - Number(a.forced) ||
		b.priority - a.priority ||
		b.radius - a.radius ||
		(a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
}

function outside(box: Box, view: { width: number; height: number } | null): number {
	if (!view) return 0;
	const inside = overlap(box, { x: 0, y: 0, width: view.width, height: view.height });
	return box.width * box.height - inside;
}

export interface Disc {
	key: string;
	x: number;
	y: number;
	radius: number;
}

/**
 * Labels to draw. A label never overlaps another label and never leaves the view, unless it is
 * forced: ordinary labels try the right of their node, then the left, and are left out when both
 * are taken. Covering a node's disc is allowed but avoided when another side is free.
 * `discs` are the nodes to keep clear (all drawn nodes for small graphs); by default the candidates.
 * `blocked`: what is drawn over the view (the graph's controls), taken like labels already placed.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	view: { width: number; height: number } | null = null,
	discs: readonly Disc[] = candidates,
	blocked: readonly Box[] = []
): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const boxes: Box[] = [...blocked];
	const discBoxes = discs.map((d) => ({
		key: d.key,
		box: { x: d.x - d.radius, y: d.y - d.radius, width: d.radius * 2, height: d.radius * 2 }
	}));
	const cost = (box: Box, self: string) => {
		let hard = outside(box, view);
		for (const other of boxes) hard += overlap(box, other);
		let soft = 0;
		for (const disc of discBoxes) if (disc.key !== self) soft += overlap(box, disc.box);
		return { hard, soft };
	};
	for (const candidate of [...candidates].sort(compare)) {
		let best: { side: Side; box: Box; score: number } | null = null;
		const sides = candidate.fixed ? FIXED_SIDES : candidate.forced ? SIDES : PLAIN_SIDES;
		for (const side of sides) {
			const box = boxAt(candidate, side);
			const { hard, soft } = cost(box, candidate.key);
			if (!candidate.forced && !candidate.fixed && hard > 0) continue;
			// Overlapping a label is worse than covering a disc.
			const score = hard * 4 + soft;
			if (!best || score < best.score) best = { side, box, score };
			if (score === 0) break;
		}
		if (!best) continue;
		boxes.push(best.box);
		placed.push({ key: candidate.key, x: best.box.x, y: best.box.y, side: best.side });
	}
	return placed;
}
