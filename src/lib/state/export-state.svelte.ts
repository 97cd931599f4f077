// The Export menu's state: image options (size, scale, background, caption, title), progress and
// messages, and one action per format. Everything heavy (image drawing, GEXF, CSV, snapshots)
// loads when first used, so none of it weighs on the first page.
import type { Dataset } from '$lib/data/types';
import { captionOf, defaultTitle, type ViewDescription } from '$lib/export/caption';
import { drawnSubgraph, exportReducers } from '$lib/export/drawn-subgraph';
import { ExportError } from '$lib/export/export-error';
import { exportFileName } from '$lib/export/file-name';
import { blobInSlices } from '$lib/export/in-slices';
import type { GraphFileMeta } from '$lib/export/graph-elements';
import { saveFile } from '$lib/export/save-file';
import type { SplinterGraph } from '$lib/graph/build-graph';
import { t } from '$lib/i18n/i18n.svelte';
import type { AppState } from './app-state.svelte';
import { drawnCanvas } from './drawn-canvas.svelte';
import type { ExplorerState } from './explorer-state.svelte';
import { encodeView } from './url-codec';
import { viewSnapshotOf } from './view-sync.svelte';
import type { ViewState } from './view-state.svelte';

export type SizePreset = 'current' | 'hd' | '4k' | 'custom';
export const PRESET_SIZES = {
	hd: { width: 1920, height: 1080 },
	'4k': { width: 3840, height: 2160 }
};
export const SCALES = [1, 2, 3, 4] as const;
const MIN_SIDE = 200;
const MAX_SIDE = 16384;

const clampSide = (n: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, Math.round(n) || MIN_SIDE));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

type GraphFileWriter = (
	sub: SplinterGraph,
	dataset: Dataset,
	meta: GraphFileMeta
) => Promise<string[]>;

interface CurrentView {
	graph: SplinterGraph;
	dataset: Dataset;
	sub: SplinterGraph;
	reducers: ReturnType<typeof exportReducers>;
	/** The selection the reducers were made with: the reader may select another meanwhile. */
	selected: string | null;
	description: ViewDescription;
}

export class ExportState {
	preset = $state<SizePreset>('current');
	customWidth = $state(1600);
	customHeight = $state(1000);
	scale = $state(1);
	transparent = $state(false);
	caption = $state(true);
	title = $state('');
	busy = $state(false);
	/** What a running export is doing, in words. */
	stage = $state<string | null>(null);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	/** The last link made by Copy link, shown so it can be copied by hand too. */
	link = $state<string | null>(null);
	/** The canvas size, read when the menu opens (sigma reports no resizes). */
	currentSize = $state({ width: 0, height: 0 });

	constructor(
		readonly app: AppState,
		readonly view: ViewState,
		readonly explorer: ExplorerState
	) {}

	/** The image in CSS pixels, caption included. */
	size = $derived.by(() => {
		if (this.preset === 'custom')
			return { width: clampSide(this.customWidth), height: clampSide(this.customHeight) };
		if (this.preset === 'current') return this.currentSize;
		return PRESET_SIZES[this.preset];
	});
	/** What the caption is titled when the reader types nothing. */
	get defaultTitle(): string {
		return defaultTitle(this.app.dataset?.name ?? '', this.app.origin);
	}
	/** The PNG in pixels. */
	pixels = $derived({
		width: Math.round(this.size.width * this.scale),
		height: Math.round(this.size.height * this.scale)
	});

	measureCanvas(): void {
		const sigma = drawnCanvas.current?.sigma;
		if (sigma) this.currentSize = sigma.getDimensions();
	}

	/** What is on screen now, and the words for it: read at once, then the drawn subgraph is built
	 * in slices (the page answers meanwhile; the reducers hold the view as it was read). */
	async #current(): Promise<CurrentView> {
		const graph = this.view.drawnGraph;
		const dataset = this.app.dataset;
		if (!graph || !dataset) throw new ExportError(t('export.error.noGraph'));
		const reducers = exportReducers(graph, this.app.selected, this.app.visibility);
		const selected = this.app.selected;
		const description = {
			title: this.title,
			dataset: dataset.name,
			origin: this.app.origin,
			time: this.view.time,
			recentYears: this.view.recentYears,
			filters: { ...this.view.filters, community: this.view.activeCommunity },
			projection: this.view.projection,
			selected:
				selected && graph.hasNode(selected) ? graph.getNodeAttribute(selected, 'label') : null,
			colorBy: this.explorer.colorBy,
			communities: this.explorer.communities,
			// A timestamp, never changed: no reactive date needed.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			at: new Date()
		};
		const sub = await drawnSubgraph(graph, reducers);
		return { graph, dataset, reducers, selected, description, sub };
	}

	#fileName(current: CurrentView, ext: string): string {
		return exportFileName({
			dataset: current.dataset.name,
			time: current.description.time,
			at: current.description.at,
			ext
		});
	}

	async #run(format: string, job: () => Promise<string>): Promise<void> {
		if (this.busy) return;
		this.busy = true;
		this.error = null;
		this.notice = null;
		this.stage = t('export.stage.writing', { format });
		const started = performance.now();
		try {
			// Let the progress line paint before the work takes the main thread.
			await nextFrame();
			this.notice = await job();
			performance.measure(`splinter:export:${format}`, { start: started });
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.error =
				error instanceof ExportError ? reason : t('export.error.failed', { format, reason });
		} finally {
			this.busy = false;
			this.stage = null;
		}
	}

	#image(current: CurrentView) {
		const canvas = drawnCanvas.current;
		if (!canvas) throw new ExportError(t('export.error.noGraph'));
		const size = this.preset === 'current' ? canvas.sigma.getDimensions() : this.size;
		return {
			sigma: canvas.sigma,
			width: size.width,
			height: size.height,
			captionBelow: this.preset === 'current',
			scale: this.scale,
			background: this.transparent ? null : '#ffffff',
			caption: this.caption ? captionOf(current.description, current.sub) : null,
			reducers: current.reducers,
			selected: current.selected,
			onStage: (stage: string) => {
				this.stage = stage;
			}
		};
	}

	png = () =>
		this.#run('PNG', async () => {
			const current = await this.#current();
			const { renderPng } = await import('$lib/export/image-export');
			const blob = await renderPng(this.#image(current));
			const name = this.#fileName(current, 'png');
			saveFile(name, blob);
			return t('export.done', { file: name });
		});

	svg = () =>
		this.#run('SVG', async () => {
			const current = await this.#current();
			const { renderSvg } = await import('$lib/export/image-export');
			const { title, lines } = captionOf(current.description, current.sub);
			const parts = await renderSvg({
				...this.#image(current),
				title,
				description: lines.join('. ')
			});
			const name = this.#fileName(current, 'svg');
			saveFile(name, await blobInSlices(parts, 'image/svg+xml'));
			return t('export.done', { file: name });
		});

	gexf = () =>
		this.#graphFile('GEXF', 'gexf', async () => (await import('$lib/export/gexf')).toGexf);

	graphml = () =>
		this.#graphFile(
			'GraphML',
			'graphml',
			async () => (await import('$lib/export/graphml')).toGraphml
		);

	#graphFile(format: string, ext: string, writer: () => Promise<GraphFileWriter>) {
		return this.#run(format, async () => {
			const current = await this.#current();
			const write = await writer();
			const { title, lines } = captionOf(current.description, current.sub);
			const parts = await write(current.sub, current.dataset, {
				description: [title, ...lines].join('. '),
				date: current.description.at.toISOString().slice(0, 10)
			});
			const name = this.#fileName(current, ext);
			saveFile(name, await blobInSlices(parts, 'application/xml'));
			return t('export.done', { file: name });
		});
	}

	csv = () =>
		this.#run('CSV', async () => {
			const current = await this.#current();
			const { tableExport } = await import('$lib/export/table-csv');
			const tables = await tableExport(current.sub, current.dataset);
			// A byte order mark, so that spreadsheets read the text as UTF-8 (Cyrillic names).
			const csv = (parts: string[]) => blobInSlices(['\uFEFF', ...parts], 'text/csv;charset=utf-8');
			const first = this.#fileName(current, 'organizations.csv');
			const second = this.#fileName(current, 'relations.csv');
			saveFile(first, await csv(tables.organizations));
			// Two downloads from one click: the second waits a moment so browsers take both.
			await new Promise((resolve) => setTimeout(resolve, 300));
			saveFile(second, await csv(tables.relations));
			return t('export.doneTwo', { first, second });
		});

	snapshot = () =>
		this.#run('snapshot', async () => {
			const current = await this.#current();
			const { writeSnapshot } = await import('$lib/export/snapshot');
			const parts = await writeSnapshot({
				dataset: current.dataset,
				view: encodeView(viewSnapshotOf(this.app, this.view, this.explorer)),
				display: { sizeBy: this.explorer.sizeBy, colorBy: this.explorer.colorBy },
				drawn: current.graph,
				at: current.description.at
			});
			const name = this.#fileName(current, 'json');
			saveFile(name, await blobInSlices(parts, 'application/json'));
			return t('export.done', { file: name });
		});

	/** The page's address with the whole view in its query (no test parameters). */
	async copyLink(): Promise<void> {
		this.error = null;
		const search = encodeView(viewSnapshotOf(this.app, this.view, this.explorer));
		const link = `${location.origin}${location.pathname}${search}${location.hash}`;
		this.link = link;
		const origin = this.app.origin;
		try {
			await navigator.clipboard.writeText(link);
			this.notice = origin.startsWith('file:')
				? t('export.linkCopiedFile', { name: origin.slice(5) })
				: t('export.linkCopied');
		} catch {
			this.notice = t('export.linkNotCopied');
		}
	}
}
