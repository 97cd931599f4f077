// The application's state: the dataset, its graph (built once per dataset), selection and hover.
// Views read these fields; actions are the methods.
import { DEFAULT_DATASET_NAME, DEFAULT_FILES } from '$lib/data/default-dataset';
import type { InputFile } from '$lib/data/load-dataset';
import type { Dataset, Organization } from '$lib/data/types';
import { buildGraph, type SplinterGraph } from '$lib/graph/build-graph';
import { ALL_VISIBLE, type Visibility } from '$lib/graph/visibility';
import { t } from '$lib/i18n/i18n.svelte';
import { importWithGraph, type ImportedGraph } from './import-graph';

export class AppState {
	dataset = $state.raw<Dataset | null>(null);
	graph = $state.raw<SplinterGraph | null>(null);
	selected = $state<string | null>(null);
	hovered = $state<string | null>(null);
	#visibilitySource = $state.raw<() => Visibility>(() => ALL_VISIBLE);
	/** What filters and time leave visible; every view (graph, table, charts, counts) reads it.
	 * Derived from the view state (see useVisibility), never set directly. */
	visibility: Visibility = $derived(this.#visibilitySource());
	/** Where the dataset came from, as the page link names it: 'default', the http(s) URL it was
	 * fetched from, or `file:NAME` for files the reader opened (a link cannot carry those). */
	origin = $state('default');
	loading = $state(false);
	error = $state<string | null>(null);

	// Rebuilt whole when the dataset changes and never mutated, so a plain Map is right here.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	organizationsById = $derived(new Map((this.dataset?.organizations ?? []).map((o) => [o.id, o])));
	selectedOrganization: Organization | null = $derived(
		this.selected ? (this.organizationsById.get(this.selected) ?? null) : null
	);

	async loadDefault(): Promise<void> {
		await this.#load(async () => {
			const files: InputFile[] = await Promise.all(
				DEFAULT_FILES.map(async ({ name, url }) => {
					const response = await fetch(url);
					if (!response.ok)
						throw new Error(t('app.fetchFailed', { name, status: response.status }));
					return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
				})
			);
			return importWithGraph(files, { name: DEFAULT_DATASET_NAME });
		}, 'default');
	}

	/** Shows a dataset; its graph is built here unless the import already built it. */
	setDataset(dataset: Dataset, origin = `file:${dataset.name}`, graph = buildGraph(dataset)): void {
		this.origin = origin;
		this.selected = null;
		this.hovered = null;
		this.dataset = dataset;
		this.graph = graph;
	}

	/** Lets the view state (time, filters, projection) decide what is visible. */
	useVisibility(source: () => Visibility): void {
		this.#visibilitySource = source;
	}

	select(id: string | null): void {
		this.selected = id !== null && this.graph?.hasNode(id) ? id : null;
	}

	async #load(produce: () => Promise<ImportedGraph>, origin: string): Promise<void> {
		this.loading = true;
		this.error = null;
		try {
			const { dataset, graph } = await produce();
			this.setDataset(dataset, origin, graph);
		} catch (error) {
			// A failed load never replaces the dataset being viewed.
			this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.loading = false;
		}
	}
}
