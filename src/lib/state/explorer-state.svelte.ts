// View state of the graph explorer: what node size and colour encode, and what is derived from the
// dataset once for search, details and the legend. The graph, selection and visibility stay in AppState.
import { colourCommunities, type NamedCommunities } from '$lib/render/communities';
import { latestMembership, type ColorMode, type SizeMeasure } from '$lib/render/visuals';
import { SearchIndex } from '$lib/search/search-index';
import type { AppState } from './app-state.svelte';

export class ExplorerState {
	sizeBy = $state<SizeMeasure>('degree');
	colorBy = $state<ColorMode>('kind');
	/** Latest membership figure per organization. */
	membership: Map<string, number>;
	/** Computed only when colouring by community is asked for. */
	communities: NamedCommunities | null;
	search: SearchIndex;
	/** Size by membership is offered only when the dataset has membership figures. */
	hasMembership: boolean;

	constructor(app: AppState) {
		// Rebuilt whole per dataset and never mutated.
		this.membership = $derived(latestMembership(app.dataset?.membership ?? []));
		this.communities = $derived(
			this.colorBy === 'community' && app.graph ? colourCommunities(app.graph) : null
		);
		this.search = $derived.by(() => {
			const graph = app.graph;
			return new SearchIndex(
				(app.dataset?.organizations ?? []).map((org) => ({
					id: org.id,
					names: [org.name, org.nameNative, ...org.aliases],
					rank: graph?.hasNode(org.id) ? graph.degree(org.id) : 0
				}))
			);
		});
		this.hasMembership = $derived(this.membership.size > 0);
	}
}
