// Places a drop-down panel (the Export menu, the Data menu) under the button that opens it, in
// the window's own coordinates: right-aligned with the button when there is room, otherwise
// shifted so that it never leaves the window (on a phone the button may sit at the left edge),
// and never taller than the room below it. Fixed positioning also lifts it out of the header,
// so it stacks above the sheets of a phone (--layer-menu).
import type { Attachment } from 'svelte/attachments';

export interface Rect {
	left: number;
	right: number;
	bottom: number;
}

export interface Placement {
	top: number;
	left: number;
	width: number;
	maxHeight: number;
}

const MARGIN = 8;
const GAP = 4;

export function placeBelow(
	anchor: Rect,
	viewport: { width: number; height: number },
	wanted: number
): Placement {
	const width = Math.max(0, Math.min(wanted, viewport.width - 2 * MARGIN));
	const left = Math.min(Math.max(anchor.right - width, MARGIN), viewport.width - MARGIN - width);
	const top = anchor.bottom + GAP;
	return { top, left, width, maxHeight: Math.max(0, viewport.height - top - MARGIN) };
}

/** `{@attach anchoredTo(() => button, 20)}`: the panel sits below `button`, 20rem wide at most. */
export function anchoredTo(
	anchor: () => HTMLElement | undefined,
	widthRem: number
): Attachment<HTMLElement> {
	return (panel) => {
		const place = () => {
			const button = anchor();
			if (!button) return;
			const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
			const at = placeBelow(
				button.getBoundingClientRect(),
				{ width: document.documentElement.clientWidth, height: window.innerHeight },
				widthRem * rem
			);
			Object.assign(panel.style, {
				position: 'fixed',
				top: `${at.top}px`,
				left: `${at.left}px`,
				width: `${at.width}px`,
				maxHeight: `${at.maxHeight}px`
			});
		};
		place();
		// A <details> menu stays in the page while closed: place it again each time it opens.
		const details = panel.closest('details');
		details?.addEventListener('toggle', place);
		window.addEventListener('resize', place);
		return () => {
			details?.removeEventListener('toggle', place);
			window.removeEventListener('resize', place);
		};
	};
}
