// How chart marks link to the graph: hovering one highlights its organization everywhere (the graph
// reads app.hovered), Enter or Space on a focused mark acts like a click.
import type { AppState } from '$lib/state/app-state.svelte';

export function hoverOrganization(app: AppState, org: string, on: boolean): void {
	if (on) app.hovered = org;
	// Leave a hover another view set since alone.
	else if (app.hovered === org) app.hovered = null;
}

export function onActivateKey(event: KeyboardEvent, action: () => void): void {
	if (event.key !== 'Enter' && event.key !== ' ') return;
	event.preventDefault();
	action();
}
