// Where a chart's tooltip goes: next to the pointer, or under a focused mark, in the coordinates of
// the chart's positioned container; on the right half it opens leftwards so it never overflows.
import type { Tip } from './ChartTooltip.svelte';

export function tipAt(
	event: PointerEvent | FocusEvent,
	container: HTMLElement | undefined,
	lines: string[]
): Tip | null {
	if (!container) return null;
	const box = container.getBoundingClientRect();
	const target = (event.target as Element).getBoundingClientRect();
	const [x, y] =
		'clientX' in event
			? [event.clientX - box.left, event.clientY - box.top]
			: [target.left - box.left, target.bottom - box.top - 8];
	return { x, y, lines, fromRight: x > box.width / 2 ? box.width - x : null };
}
