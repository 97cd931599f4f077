// Switching between the original and the projected graph must not make the picture jump: nodes
// both graphs share take the positions they had; a node only the target has is placed among its
// neighbours (or left where it was, when the target graph has been laid out before).
import type { SplinterGraph } from './build-graph';

export function carryPositions(
	from: SplinterGraph,
	to: SplinterGraph,
	options: { placeMissing: boolean }
): void {
	const missing: string[] = [];
	to.forEachNode((node) => {
		if (from.hasNode(node)) {
			to.mergeNodeAttributes(node, {
				x: from.getNodeAttribute(node, 'x'),
				y: from.getNodeAttribute(node, 'y')
			});
		} else missing.push(node);
	});
	if (!options.placeMissing) return;
	for (const node of missing) {
		let x = 0;
		let y = 0;
		let count = 0;
		to.forEachNeighbor(node, (neighbour, a) => {
			if (!from.hasNode(neighbour)) return;
			x += a.x;
			y += a.y;
			count++;
		});
		// A hub with a single member would sit exactly on it: nudge it aside.
		if (count > 0)
			to.mergeNodeAttributes(node, { x: x / count + (count === 1 ? 2 : 0), y: y / count });
	}
}
