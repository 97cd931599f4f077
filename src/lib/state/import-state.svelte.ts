// Importing the user's own data: files (picker, drop, paste), `?data=URL`, the mapping step,
// progress and cancel, and the last import kept in IndexedDB. A new dataset is shown only through
// AppState.setDataset, and only when the import worked: a failed one never replaces the view.
import { ImportCancelled, ImportTooBig, previewInWorker } from '$lib/data/import-client';
import type { FileChoices, LoadOptions, LoadProgress } from '$lib/data/load-dataset';
import type { Dataset } from '$lib/data/types';
import type { BlobFile } from '$lib/data/worker-protocol';
import type { Snapshot } from '$lib/export/snapshot';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { AppState } from './app-state.svelte';
import { DataUrlError, absoluteUrl, dataUrlParameter, fetchDataUrl } from './fetch-data-url';
import { isSnapshotFile, isXmlFile, readImport } from './read-import';
import { importStore, type StoredImport } from './import-store';
import { importFailure, describeFetchFailure, describeTooBig } from './import-messages';
import { MappingSession } from './mapping-session.svelte';
import { recallMapping, rememberMapping } from './remembered-mappings';
import { overLimit, readLimitMb, toMb } from './size-limit';
import { DEFAULT_SOURCE } from './url-codec';

export interface ImportHooks {
	/** Shows a snapshot file's view after its dataset is set; `withView` is false on a reload. */
	restoreSnapshot?(snapshot: Snapshot, withView: boolean): void;
}

export type ImportOutcome = 'imported' | 'waiting' | 'failed';

export class ImportState {
	running = $state(false);
	progress = $state.raw<LoadProgress | null>(null);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	/** Open while the mapping dialog is shown. */
	mapping = $state.raw<MappingSession | null>(null);
	/** Open while the reader decides whether to import files above the size limit. */
	sizeCheck = $state.raw<{ totalMb: number; answer: (go: boolean) => void } | null>(null);
	/** What IndexedDB holds: the name of the last import, or null. */
	storedName = $state<string | null>(null);
	#imported = $state.raw<{
		dataset: Dataset;
		files: BlobFile[];
		options: LoadOptions;
		origin?: string;
	} | null>(null);
	/** The URL of the files in the mapping step, if they were fetched. */
	#mappingOrigin: string | undefined;
	#abort: AbortController | null = null;

	constructor(
		readonly app: AppState,
		readonly hooks: ImportHooks = {}
	) {}

	/** True while the dataset on screen is the user's import (not the default one). */
	get viewingImport(): boolean {
		return this.#imported !== null && this.app.dataset === this.#imported.dataset;
	}

	/** First load: the dataset the link names. `data=URL` is fetched; `data=file:NAME` is the
	 * import this browser keeps (a reload of an import keeps naming it); a link without `data` is
	 * the default dataset, so a shared link shows every reader the same data. The kept import
	 * stays one click away in the Data menu. */
	async start(search = location.search): Promise<void> {
		const stored = await importStore.load().catch(() => null);
		this.storedName = stored?.name ?? null;
		await this.show(dataUrlParameter(search) ?? DEFAULT_SOURCE, stored);
	}

	/** Shows the dataset a link names (at start, and when Back or Forward reach another one). */
	async show(source: string, stored?: StoredImport | null): Promise<void> {
		if (this.app.dataset && this.app.origin === source) return;
		const showDefault = () => (this.app.dataset ? Promise.resolve() : this.app.loadDefault());
		if (source === DEFAULT_SOURCE) return this.app.loadDefault();
		if (!source.startsWith('file:')) {
			if ((await this.importUrl(source, showDefault)) === 'failed') await showDefault();
			return;
		}
		if (stored === undefined) stored = await importStore.load().catch(() => null);
		if (stored && source === `file:${stored.name}`) {
			if (await this.#run(stored.files, stored.options, false, stored.origin)) {
				this.notice = t('import.restored', { name: stored.name });
				return;
			}
		}
		// The view sync says the named file is not here; the default dataset stands in for it.
		await showDefault();
	}

	async importUrl(url: string, beforeDialog?: () => Promise<void>): Promise<ImportOutcome> {
		this.#clearMessages();
		try {
			const file = await fetchDataUrl(url);
			return await this.importFiles([file], beforeDialog, absoluteUrl(url));
		} catch (error) {
			this.error =
				error instanceof DataUrlError ? describeFetchFailure(error.failure) : String(error);
			return 'failed';
		}
	}

	importText(text: string): Promise<ImportOutcome> {
		const blob = new Blob([text], { type: 'text/plain' });
		return this.importFiles([{ name: t('import.pastedName'), blob }]);
	}

	/** Imports at once when detection settles everything; otherwise opens the mapping step.
	 * `origin` is the URL the files came from, if they came from one. */
	async importFiles(
		files: BlobFile[],
		beforeDialog?: () => Promise<void>,
		origin?: string
	): Promise<ImportOutcome> {
		this.#clearMessages();
		if (files.length === 0) return 'failed';
		// New files replace an import still running: the newest request is the one the user wants.
		this.cancel();
		if (!(await this.#withinLimit(files))) {
			this.notice = t('import.sizeDeclined');
			return 'failed';
		}
		if ((await Promise.all(files.map(isSnapshotFile))).some(Boolean)) {
			if (files.length > 1) {
				this.error = t('export.snapshot.alone');
				return 'failed';
			}
			return (await this.#run(files, {}, true, origin)) ? 'imported' : 'failed';
		}
		if ((await Promise.all(files.map(isXmlFile))).some(Boolean))
			return (await this.#run(files, {}, true, origin)) ? 'imported' : 'failed';
		let previews;
		try {
			previews = await previewInWorker(files);
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			return 'failed';
		}
		const choices: Record<string, FileChoices> = {};
		let undecided = false;
		for (const p of previews) {
			const remembered = recallMapping(p.header);
			if (remembered) choices[p.file] = remembered;
			else if (p.needsDecision) undecided = true;
		}
		if (!undecided)
			return (await this.#run(files, { choices }, true, origin)) ? 'imported' : 'failed';
		await beforeDialog?.();
		this.#mappingOrigin = origin;
		this.mapping = new MappingSession(files, previews, { choices });
		return 'waiting';
	}

	/** Opens the mapping step again for the import being viewed, with the choices it used. */
	async reviseMapping(): Promise<void> {
		const current = this.#imported;
		if (!current) return;
		const previews = await previewInWorker(current.files, current.options.choices ?? {});
		this.#mappingOrigin = current.origin;
		this.mapping = new MappingSession(current.files, previews, current.options);
	}

	async applyMapping(): Promise<void> {
		const session = this.mapping;
		if (!session) return;
		const options = session.options();
		for (const [file, choices] of Object.entries(options.choices ?? {})) {
			const header = session.detectedHeaders[file];
			if (header && session.previewOf(file)?.format === 'table') rememberMapping(header, choices);
		}
		this.mapping = null;
		await this.#run(session.files, options, true, this.#mappingOrigin);
	}

	/** True at once under the size limit; above it, what the reader answers in the dialog. */
	#withinLimit(files: BlobFile[]): Promise<boolean> {
		const total = overLimit(
			files.map((f) => f.blob.size),
			readLimitMb()
		);
		if (total === null) return Promise.resolve(true);
		this.sizeCheck?.answer(false);
		return new Promise((resolve) => {
			this.sizeCheck = {
				totalMb: toMb(total),
				answer: (go) => {
					this.sizeCheck = null;
					resolve(go);
				}
			};
		});
	}

	closeMapping(): void {
		this.mapping = null;
	}

	cancel(): void {
		this.#abort?.abort();
	}

	async backToDefault(): Promise<void> {
		this.#clearMessages();
		await this.app.loadDefault();
	}

	async reopenStored(): Promise<void> {
		this.#clearMessages();
		const stored = await importStore.load().catch(() => null);
		if (stored) await this.#run(stored.files, stored.options, true, stored.origin);
		else this.storedName = null;
	}

	async forget(): Promise<void> {
		this.#clearMessages();
		await importStore.clear().catch(() => {});
		this.storedName = null;
		const wasViewing = this.viewingImport;
		this.#imported = null;
		if (wasViewing) await this.app.loadDefault();
		this.notice = t('import.forgotten');
	}

	#clearMessages(): void {
		this.error = null;
		this.notice = null;
	}

	/** Runs the import; shows and stores the dataset only when it holds something. */
	async #run(
		files: BlobFile[],
		options: LoadOptions,
		store = true,
		origin?: string
	): Promise<boolean> {
		this.#abort?.abort();
		const abort = new AbortController();
		this.#abort = abort;
		this.running = true;
		this.progress = null;
		const started = performance.now();
		try {
			const { dataset, graph, snapshot } = await readImport(files, options, {
				signal: abort.signal,
				onProgress: (p) => (this.progress = p)
			});
			// Timings for benchmarks and the browser's performance panel: from the start of the
			// import until its graph is ready (built while the worker read, or here).
			performance.measure('splinter:import:read', { start: started });
			const failure = importFailure(dataset);
			if (failure) {
				this.error = failure;
				return false;
			}
			this.#imported = { dataset, files, options, origin };
			const shown = performance.now();
			this.app.setDataset(dataset, origin, graph);
			// At once, before the canvas draws the new graph: its saved positions need no layout.
			if (snapshot) this.hooks.restoreSnapshot?.(snapshot, store);
			performance.measure('splinter:import:graph', { start: shown });
			if (store) {
				const record = {
					name: dataset.name,
					files,
					options,
					origin
				};
				await importStore.save(record).catch(() => {});
			}
			this.storedName = dataset.name;
			if (snapshot && store) {
				const saved = Date.parse(snapshot.saved);
				this.notice = t('export.snapshot.opened', {
					name: dataset.name,
					date: Number.isNaN(saved)
						? snapshot.saved
						: new Intl.DateTimeFormat(i18n.locale, {
								dateStyle: 'long',
								timeStyle: 'short'
							}).format(saved)
				});
			}
			return true;
		} catch (error) {
			if (error instanceof ImportCancelled) this.notice = t('import.cancelled');
			else if (error instanceof ImportTooBig)
				this.error = describeTooBig(
					error,
					files.map((f) => f.name)
				);
			else this.error = error instanceof Error ? error.message : String(error);
			return false;
		} finally {
			if (this.#abort === abort) {
				this.running = false;
				this.progress = null;
				this.#abort = null;
			}
		}
	}
}
