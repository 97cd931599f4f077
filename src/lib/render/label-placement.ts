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
}

export type Side = 'right' | 'left' | 'below' | 'above';

export interface PlacedLabel {
	key: string;
	/** Top-left corner of the text box. */
	x: number;
	y: number;
	side: Side;
}

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

const GAP = 3;
const SIDES: Side[] = ['right', 'left', 'below', 'above'];

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

/** Order of consideration: forced before others; then priority, then node size. */
function compare(a: LabelCandidate, b: LabelCandidate): number {
	return (
		Number(b.forced) - Number(a.forced) ||
		b.priority - a.priority ||
		b.radius - a.radius ||
		(a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
	);
}

/** Labels to draw. Unforced labels that would overlap an earlier one are left out. */
export function placeLabels(candidates: readonly LabelCandidate[]): PlacedLabel[] {
	const placed: PlacedLabel[] = [];
	const boxes: Box[] = [];
	// Labels should not cover the discs of the nodes in focus either.
	const discs: Box[] = candidates
		.filter((c) => c.forced)
		.map((c) => ({ x: c.x - c.radius, y: c.y - c.radius, width: c.radius * 2, height: c.radius * 2 }));
	const crowding = (box: Box, self: LabelCandidate) => {
		let total = 0;
		for (const other of boxes) total += overlap(box, other);
		for (const disc of discs) {
			if (disc.x + disc.width / 2 !== self.x || disc.y + disc.height / 2 !== self.y) {
				total += overlap(box, disc);
			}
		}
		return total;
	};
	for (const candidate of [...candidates].sort(compare)) {
		const sides = candidate.forced ? SIDES : (['right'] as Side[]);
		let best: { side: Side; box: Box; crowd: number } | null = null;
		for (const side of sides) {
			const box = boxAt(candidate, side);
			const crowd = crowding(box, candidate);
			if (!best || crowd < best.crowd) best = { side, box, crowd };
			if (crowd === 0) break;
		}
		if (!best || (!candidate.forced && best.crowd > 0)) continue;
		boxes.push(best.box);
		placed.push({ key: candidate.key, x: best.box.x, y: best.box.y, side: best.side });
	}
	return placed;
}
