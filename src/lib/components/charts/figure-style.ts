// How a membership figure is drawn by how it is known: stated solid, claimed hatched, estimated
// faint with a dashed outline. The colour is the organization kind's, as in the graph legend.
import type { MembershipKind } from '$lib/data/types';

export interface FigurePaint {
	fill: string;
	fillOpacity: number;
	stroke: string;
	dash: string | null;
}

/** `hatch` is the id of a hatching pattern drawn in `color`. */
export function figurePaint(kind: MembershipKind, color: string, hatch: string): FigurePaint {
	if (kind === 'claimed')
		return { fill: `url(#${hatch})`, fillOpacity: 1, stroke: color, dash: null };
	if (kind === 'estimate') return { fill: color, fillOpacity: 0.3, stroke: color, dash: '4 2' };
	return { fill: color, fillOpacity: 1, stroke: color, dash: null };
}

export const FIGURE_KINDS: readonly MembershipKind[] = ['stated', 'claimed', 'estimate'];
