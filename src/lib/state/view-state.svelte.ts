// What the reader chose to see: time (a year, a window, all time), filters and the projection.
// Everything else is derived from it: the graph to draw, and AppState.visibility, recomputed in one
// O(n + m) pass when any of these change; the graph itself is never rebuilt for them.
import { carryPositions } from '$lib/graph/carry-positions';
import type { SplinterGraph } from '$lib/graph/build-graph';
import {
	NO_FILTERS,
	composeVisibility,
	maxDegree,
	type ComposedView,
	type FilterSettings
} from '$lib/graph/compose-visibility';
import { communitiesOf } from '$lib/graph/detect-communities';
import { countValues, indexGraph, type GraphIndex } from '$lib/graph/graph-index';
import { projectTwoMode } from '$lib/graph/project-two-mode';
import { clampTime, spanOf, widenYears, type TimeSetting } from '$lib/graph/time-setting';
import { ALL_VISIBLE } from '$lib/graph/visibility';
import type { AppState } from './app-state.svelte';
import { Playback } from './playback.svelte';
import { DEFAULT_VIEW, type UrlNotice } from './url-codec';

// One index per graph, kept as long as the graph lives.
const indexes = new WeakMap<SplinterGraph, GraphIndex>();
function indexOf(graph: SplinterGraph): GraphIndex {
	let index = indexes.get(graph);
	if (!index) indexes.set(graph, (index = indexGraph(graph)));
	return index;
}

export class ViewState {
	time = $state.raw<TimeSetting>(DEFAULT_VIEW.time);
	recentYears = $state(DEFAULT_VIEW.recentYears);
	filters = $state.raw<FilterSettings>(NO_FILTERS);
	projection = $state(DEFAULT_VIEW.projection);
	/** What a shared link asked for that could not be shown, for the notice. */
	notices = $state.raw<UrlNotice[]>([]);
	readonly playback: Playback = new Playback(this);

	readonly app: AppState;
	// Graphs that received positions from another graph: they need no layout of their own.
	#positioned = new WeakSet<SplinterGraph>();
	#drawn = new WeakSet<SplinterGraph>();

	constructor(app: AppState) {
		this.app = app;
		app.useVisibility(() => this.composed?.visibility ?? ALL_VISIBLE);
	}

	/** The one-mode projection, built on first use and once per dataset. */
	projected = $derived.by(() => (this.app.graph ? projectTwoMode(this.app.graph) : null));
	drawnGraph: SplinterGraph | null = $derived.by(() =>
		this.projection && this.projected ? this.projected.graph : this.app.graph
	);
	/** The years the data's dates span (null when it has none). */
	years = $derived.by(() => {
		const { graph, dataset } = this.app;
		if (!graph) return null;
		const dates = [
			...(dataset?.congresses ?? []).flatMap((c) => [c.start, c.end]),
			...(dataset?.membership ?? []).map((m) => m.date)
		];
		return widenYears(indexOf(graph).years, dates);
	});
	/** Every year in which something is dated, ascending: where Play stops. */
	eventYears = $derived.by(() => {
		const dataset = this.app.dataset;
		if (!dataset) return [];
		const dates = [
			...dataset.organizations.flatMap((o) => [o.founded, o.dissolved]),
			...dataset.relations.flatMap((r) => [r.start, r.end]),
			...dataset.congresses.flatMap((c) => [c.start, c.end]),
			...dataset.membership.map((m) => m.date)
		];
		const years = dates
			.map((date) => (date ? Number(date.slice(0, 4)) : NaN))
			.filter(Number.isInteger)
			.sort((a, b) => a - b);
		return years.filter((year, i) => year !== years[i - 1]);
	});
	/** The most relations any organization of the drawn graph has: the minimum degree's bound. */
	degreeLimit = $derived.by(() => (this.drawnGraph ? maxDegree(indexOf(this.drawnGraph)) : 0));
	/** Louvain communities of the original graph, computed on first use. */
	communities = $derived.by(() => (this.app.graph ? communitiesOf(this.app.graph) : null));

	/** Relation types and node kinds of the drawn graph, most frequent first, with totals. */
	categories = $derived.by(() => {
		const index = this.drawnGraph ? indexOf(this.drawnGraph) : null;
		return {
			relations: countValues(index?.edgeRelation ?? []),
			kinds: countValues(index?.nodeKind ?? [])
		};
	});

	/** The community filter, ignored when it names no community of this dataset. */
	activeCommunity = $derived.by(() => {
		const id = this.filters.community;
		return id !== null && this.communities?.list.some((c) => c.id === id) ? id : null;
	});

	composed: ComposedView | null = $derived.by(() => {
		const graph = this.drawnGraph;
		if (!graph) return null;
		const filters = { ...this.filters, community: this.activeCommunity };
		return composeVisibility(indexOf(graph), {
			span: spanOf(this.time),
			recentYears: this.recentYears,
			filters,
			// Read only when needed, so selecting a node does not recompute the view.
			selected: filters.neighbourhood > 0 ? this.app.selected : null,
			communityOf: filters.community !== null ? (this.communities?.of ?? null) : null
		});
	});

	setTime(time: TimeSetting): void {
		this.time = clampTime(time, this.years);
	}

	setRecentYears(years: number): void {
		this.recentYears = Math.max(0, Math.min(100, Math.round(years) || 0));
	}

	setFilters(patch: Partial<FilterSettings>): void {
		this.filters = { ...this.filters, ...patch };
	}

	showRelation(type: string, shown: boolean): void {
		const others = this.filters.hiddenRelations.filter((t) => t !== type);
		this.setFilters({ hiddenRelations: shown ? others : [...others, type].sort() });
	}

	showKind(kind: string, shown: boolean): void {
		const others = this.filters.hiddenKinds.filter((k) => k !== kind);
		this.setFilters({ hiddenKinds: shown ? others : [...others, kind].sort() });
	}

	/** Switches the drawn graph; the next one takes the current positions so nothing jumps. */
	setProjection(on: boolean): void {
		if (on === this.projection) return;
		const from = this.drawnGraph;
		this.projection = on;
		const to = this.drawnGraph;
		if (!from || !to || from === to) return;
		this.#drawn.add(from);
		carryPositions(from, to, { placeMissing: !this.#drawn.has(to) });
		this.#positioned.add(to);
	}

	/** Puts the drawn graph's nodes where a snapshot had them. When every node has its place, that
	 * graph needs no layout: it is shown exactly as it was saved. */
	placeNodes(positions: ReadonlyMap<string, readonly [number, number]>): void {
		const graph = this.drawnGraph;
		if (!graph) return;
		let placed = 0;
		graph.updateEachNodeAttributes((node, attributes) => {
			const at = positions.get(node);
			if (!at) return attributes;
			placed++;
			return { ...attributes, x: at[0], y: at[1] };
		});
		if (placed === graph.order) this.#positioned.add(graph);
	}

	/** Whether the canvas should run the layout when it first draws this graph. */
	needsLayout = (graph: SplinterGraph): boolean => !this.#positioned.has(graph);
}
