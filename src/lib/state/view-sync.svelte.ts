// Keeps the whole view in the URL: read once at start (what a link asks for), written on every
// change (a new history entry for meaningful changes, the same entry for camera moves, Play and
// rapid repeats), and read again when the reader walks history with back/forward.
import { pushState, replaceState } from '$app/navigation';
import { untrack } from 'svelte';
import { resolve } from '$app/paths';
import type { ResolvedPathname } from '$app/types';
import type { AppState } from './app-state.svelte';
import type { ExplorerState } from './explorer-state.svelte';
import { cameraState } from './camera-state.svelte';
import {
	DEFAULT_SOURCE,
	DEFAULT_VIEW,
	decodeView,
	encodeView,
	type ViewSnapshot
} from './url-codec';
import type { ViewState } from './view-state.svelte';
import { followTimeWindow } from './follow-time-window.svelte';
import { historyStep } from './undo.svelte';

/** Changes of the same parameters (other than the selection) within this time share one history
 * entry: key repeats and slider drags. */
const COALESCE_MS = 1000;
/** Camera moves arrive every frame; the URL takes them when they pause. */
const CAMERA_DEBOUNCE_MS = 400;

/** The view as a link encodes it; also what Copy link and snapshot files save. */
export function viewSnapshotOf(
	app: AppState,
	view: ViewState,
	explorer: Pick<ExplorerState, 'colorBy' | 'sizeBy'> = DEFAULT_VIEW
): ViewSnapshot {
	return {
		colorBy: explorer.colorBy,
		sizeBy: explorer.sizeBy,
		source: app.dataset ? app.origin : DEFAULT_SOURCE,
		selected: app.selected,
		time: view.time,
		recentYears: view.recentYears,
		filters: view.filters,
		projection: view.projection,
		camera: cameraState.current
	};
}

/** Shows a saved view (the selection is the caller's: it needs the dataset). With `keepCameraFor`,
 * selecting that node does not ease the camera away from the saved one. */
export function applyViewSnapshot(
	view: ViewState,
	snapshot: ViewSnapshot,
	keepCameraFor: string | null = null,
	explorer?: Pick<ExplorerState, 'colorBy' | 'sizeBy'>
): void {
	if (explorer) {
		explorer.colorBy = snapshot.colorBy;
		explorer.sizeBy = snapshot.sizeBy;
	}
	view.playback.pause();
	view.setTime(snapshot.time);
	view.setRecentYears(snapshot.recentYears);
	view.filters = snapshot.filters;
	view.setProjection(snapshot.projection);
	cameraState.restore(snapshot.camera, snapshot.camera ? keepCameraFor : null);
}

/**
 * `showSource` shows the dataset a link names; Back and Forward call it when they reach an entry of
 * another dataset (the first load is the importer's own start).
 */
export function startViewSync(
	app: AppState,
	view: ViewState,
	explorer: ExplorerState,
	showSource?: (source: string) => Promise<void>
): () => void {
	const initial = decodeView(location.search);
	const passthrough = initial.passthrough;
	let pendingSelection = initial.view.selected;
	let pendingSource = initial.view.source;
	/** While another dataset loads, the graph on screen is not the one the link's view is for. */
	let staleGraph = $state.raw<AppState['graph']>(null);
	let ready = $state(false);
	let written = false;
	let last = { at: -Infinity, keys: '' };
	let cameraTimer: ReturnType<typeof setTimeout> | null = null;

	// The link's camera wins over easing to the link's selection.
	applyViewSnapshot(view, initial.view, initial.view.selected, explorer);
	view.notices = initial.notices;

	function write(search: string, mode: 'push' | 'replace') {
		// The one page's resolved path with the encoded view as its query.
		const target = `${resolve('/')}${search}${location.hash}` as ResolvedPathname;
		// Each entry counts the changes behind it, so Undo knows when the entry behind is ours.
		if (mode === 'push') pushState(target, { splinterStep: historyStep() + 1 });
		else replaceState(target, { splinterStep: historyStep() });
	}

	const stopEffects = $effect.root(() => {
		// Once the dataset is there: the link's selection, and its time clamped to the data's years.
		$effect(() => {
			const graph = app.graph;
			if (!graph || ready || graph === staleGraph) return;
			untrack(() => {
				if (pendingSelection !== null && graph.hasNode(pendingSelection)) {
					app.select(pendingSelection);
				} else if (pendingSelection !== null) {
					view.notices = [
						...view.notices,
						{ param: 'org', value: pendingSelection, reason: 'unavailable' }
					];
				}
				pendingSelection = null;
				// A URL that failed explains itself (the importer says why); a `file:` the browser no
				// longer holds gets a notice here, and the view goes on with what is shown.
				const source = pendingSource;
				if (source.startsWith('file:') && source !== app.origin) {
					view.notices = [...view.notices, { param: 'data', value: source, reason: 'unavailable' }];
				}
				view.setTime(view.time);
			});
			ready = true;
		});

		$effect(() => {
			const search = encodeView(viewSnapshotOf(app, view, explorer), passthrough);
			if (!ready) return;
			// A link that is already tidy (a reload, say) needs no tidying write: the next change is
			// the reader's own and must be a history entry, or Back and Undo would skip it.
			if (search === location.search) {
				written = true;
				return;
			}
			const changed = changedKeys(location.search, search);
			if (cameraTimer !== null) clearTimeout(cameraTimer);
			cameraTimer = null;
			if (changed === 'camera') {
				cameraTimer = setTimeout(() => write(search, 'replace'), CAMERA_DEBOUNCE_MS);
				return;
			}
			const now = performance.now();
			// A new selection or dataset is always its own step, however quickly it follows the last
			// one: Back must walk the reader's path through the organizations and the datasets.
			// (A pending camera move may ride along in the same change, so look among the keys.)
			const keys = changed.split(',');
			const ownStep = keys.includes('org') || keys.includes('data');
			const repeat = !ownStep && changed === last.keys && now - last.at < COALESCE_MS;
			// The first write only tidies the link that opened the page: it adds no history entry.
			write(search, !written || repeat || view.playback.playing ? 'replace' : 'push');
			last = { at: written ? now : -Infinity, keys: changed };
			written = true;
		});
	});

	const stopFollowing = followTimeWindow(view);

	const onPopState = () => {
		const { view: snap, notices } = decodeView(location.search);
		applyViewSnapshot(view, snap, null, explorer);
		view.notices = notices;
		if (!showSource || snap.source === app.origin) {
			app.select(snap.selected);
			return;
		}
		// Another dataset: its selection waits for its graph, and nothing is written meanwhile.
		pendingSelection = snap.selected;
		pendingSource = snap.source;
		staleGraph = app.graph;
		ready = false;
		void showSource(snap.source).finally(() => {
			// It could not be shown (a failure explains itself): go on with the graph on screen.
			staleGraph = null;
		});
	};
	addEventListener('popstate', onPopState);

	return () => {
		removeEventListener('popstate', onPopState);
		if (cameraTimer !== null) clearTimeout(cameraTimer);
		view.playback.pause();
		stopFollowing();
		stopEffects();
	};
}

/** The parameter names whose values differ, as one sortable string. */
function changedKeys(before: string, after: string): string {
	const a = new URLSearchParams(before);
	const b = new URLSearchParams(after);
	const keys = new Set([...a.keys(), ...b.keys()]);
	return [...keys]
		.filter((key) => a.getAll(key).join('\u0000') !== b.getAll(key).join('\u0000'))
		.sort()
		.join(',');
}
