// Where a chart's tooltip goes: next to the pointer, or under a focused mark, in the coordinates of
// the chart's positioned container.
import type { Tip } from './ChartTooltip.svelte';

export function tipAt(
	event: PointerEvent | FocusEvent,
	container: HTMLElement | undefined,
	lines: string[]
): Tip | null {
	if (!container) return null;
	const box = container.getBoundingClientRect();
	if ('clientX' in event) return { x: event.clientX - box.left, y: event.clientY - box.top, lines };
	const target = (event.target as Element).getBoundingClientRect();
	return { x: target.left - box.left, y: target.bottom - box.top - 8, lines };
}
