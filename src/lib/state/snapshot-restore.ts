// Shows a snapshot file's view once its dataset is set: display choices, then the saved view (time,
// filters, projection, camera, selection) through the same path a link takes, then the saved node
// positions, so nothing is laid out again and the view is the one that was saved.
import type { Snapshot } from '$lib/export/snapshot';
import type { AppState } from './app-state.svelte';
import type { ExplorerState } from './explorer-state.svelte';
import { decodeView } from './url-codec';
import { applyViewSnapshot } from './view-sync.svelte';
import type { ViewState } from './view-state.svelte';

export interface SnapshotTargets {
	app: AppState;
	view: ViewState;
	explorer: ExplorerState;
}

/** `withView` false: keep the view the page's link asks for (a reload), take only the layout. */
export function restoreSnapshot(
	snapshot: Snapshot,
	{ app, view, explorer }: SnapshotTargets,
	withView: boolean
): void {
	explorer.sizeBy = snapshot.display.sizeBy;
	explorer.colorBy = snapshot.display.colorBy;
	const saved = withView ? decodeView(snapshot.view).view : null;
	// The display choices are the file's own; a link's view inside it may predate them.
	if (saved) applyViewSnapshot(view, { ...saved, ...snapshot.display }, saved.selected);
	view.placeNodes(snapshot.positions);
	if (saved) app.select(saved.selected);
}
