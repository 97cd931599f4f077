// A header menu closes as menus do: a press anywhere outside it (listened to in the capture phase,
// because sigma keeps the graph's presses to itself), or Escape while the focus is in the menu or
// nowhere (after a download the focus may be left on the page itself). Returns the remover.
export function dismissOnOutside(
	root: () => HTMLElement | undefined,
	isOpen: () => boolean,
	close: (refocus: boolean) => void
): () => void {
	const press = (event: PointerEvent) => {
		const element = root();
		if (isOpen() && element && !element.contains(event.target as Node)) close(false);
	};
	const key = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !isOpen()) return;
		const element = root();
		const focus = document.activeElement;
		if (!element || !(focus === null || focus === document.body || element.contains(focus))) return;
		// The menu is on top: it closes first, before a sheet under it.
		event.stopPropagation();
		close(true);
	};
	document.addEventListener('pointerdown', press, true);
	document.addEventListener('keydown', key, true);
	return () => {
		document.removeEventListener('pointerdown', press, true);
		document.removeEventListener('keydown', key, true);
	};
}
