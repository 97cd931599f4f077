// The focus (hovered or selected node, its neighbours and their edges) is drawn over the faded
// rest. sigma could order items by zIndex, but that sorts every node and edge on each refresh
// (O(n log n), seconds for large graphs); instead each program is registered a second time under
// a name ending in ON_TOP, after all the others, and sigma draws programs in that order.
import type { Attributes } from 'graphology-types';
import type { EdgeProgramType, NodeProgramType } from 'sigma/rendering';

export const ON_TOP = 'OnTop';

export const onTop = (type: string) => (type.endsWith(ON_TOP) ? type : type + ON_TOP);

/** The classes, then each again under its on-top name. */
export function withOnTop<
	T extends NodeProgramType<Attributes, Attributes> | EdgeProgramType<Attributes, Attributes>
>(classes: Record<string, T>): Record<string, T> {
	const out: Record<string, T> = { ...classes };
	for (const [type, program] of Object.entries(classes)) out[onTop(type)] = program;
	return out;
}
