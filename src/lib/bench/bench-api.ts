// `window.__splinterBench`, present only when the page URL has `?bench` (loaded on demand, so it
// costs the normal page nothing). `npm run bench` drives it: each app figure is taken in the same
// page as its baseline, because these machines are noisy (see shared/docs/performance.md).
import type { AppState } from '$lib/state/app-state.svelte';
import type { ImportState } from '$lib/state/import-state.svelte';
import type { ViewState } from '$lib/state/view-state.svelte';
import { baselineGraphGrowth, baselineIngest, ingest, type IngestResult } from './ingest-probe';
import { interaction, type InteractionResult } from './interaction-probe';
import { setRasterization } from './rasterization';
import { layoutAlone, layoutWithSigma, settleLayout, type LayoutResult } from './layout-probe';
import { visibilityChanges, type VisibilityResult } from './visibility-probe';

export type { IngestResult, InteractionResult, LayoutResult, VisibilityResult };

export interface BenchApi {
	/** The app's own import (as a dropped file): bytes → worker → records → graph ready. */
	ingest(url: string): Promise<IngestResult>;
	/** The baseline: d3-dsv csvParseRows + a graphology addEdgeWithKey loop, on the main thread. */
	baselineIngest(url: string): Promise<IngestResult>;
	/** The floor under the import's longest task: graphology alone adding the same edges, a
	 * worker part's worth a task (see ingest-probe). */
	baselineGraphGrowth(url: string): Promise<IngestResult>;
	/** Stops the layout (both phases) and waits until nothing runs. */
	settleLayout(): Promise<void>;
	/** ForceAtlas2 iterations per second with sigma attached and drawing, over `ms`. */
	layoutWithSigma(ms: number): Promise<LayoutResult>;
	/** The FA2 worker alone (graphology's supervisor, same settings) on a copy of the graph. */
	layoutAlone(ms: number): Promise<LayoutResult>;
	/** Relation-type toggles and "as of" steps until sigma has drawn, vs a bare sigma.refresh(). */
	visibilityChanges(repeats: number): Promise<VisibilityResult>;
	/** Camera moves and hover on the drawn graph: the cost of each frame on the main thread;
	 * with `pixels`, one frame with its pixels filled too. */
	interaction(repeats: number, pixels?: boolean): Promise<InteractionResult>;
}

declare global {
	interface Window {
		__splinterBench?: BenchApi;
	}
}

export interface BenchTarget {
	app: AppState;
	view: ViewState;
	importer: ImportState;
}

export function installBenchApi(target: BenchTarget): void {
	setRasterization(false);
	window.__splinterBench = {
		ingest: (url) => ingest(target, url),
		baselineIngest,
		baselineGraphGrowth,
		settleLayout,
		layoutWithSigma,
		layoutAlone,
		visibilityChanges: (repeats) => visibilityChanges(target, repeats),
		interaction: (repeats, pixels) => interaction(target, repeats, pixels)
	};
}
