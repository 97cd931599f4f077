// Browser back/forward walks through the selection: each new selection is a history entry
// (SvelteKit shallow routing: pushState with `page.state.selected`, the URL itself unchanged).
// The one place that ties selection to history; a later URL-state module can replace it whole.
import { pushState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { AppState } from './app-state.svelte';

/** Call once during component initialisation (it creates effects). */
export function trackSelectionHistory(app: AppState): void {
	// Back/forward (or any history move) → the selection the entry recorded.
	$effect(() => {
		const recorded = page.state.selected ?? null;
		untrack(() => {
			if (app.selected !== recorded) app.select(recorded);
		});
	});
	// A new selection → a new entry, unless it came from history (then they already agree).
	$effect(() => {
		const selected = app.selected;
		untrack(() => {
			if ((page.state.selected ?? null) !== selected) pushState('', { selected });
		});
	});
}
