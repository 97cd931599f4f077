// The page's side of the import worker: files sent without copying, progress reported as it comes,
// and cancel (an AbortSignal) that terminates the worker at once. A worker that finished its job
// waits for the next one: starting a module worker and warming its code up costs more than
// reading a small file, and the page's first load (the default dataset) warms it for the user.
import { DatasetAssembler, type DatasetSink } from './dataset-assembler';
import type { FileChoices, LoadOptions, LoadProgress } from './load-dataset';
import type { MemoryBudget, MemoryNeed } from './memory-estimate';
import type { FilePreview } from './preview';
import type { Dataset } from './types';
import type { ImportRequest, ImportResponse, SourceFile } from './worker-protocol';

let nextId = 1;
const PROGRESS_MS = 100;
let idle: Worker | null = null;

function takeWorker(): Worker {
	const worker =
		idle ?? new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	idle = null;
	return worker;
}

export class ImportCancelled extends Error {
	constructor() {
		super('import: cancelled');
	}
}

/** The import would not fit in the tab's memory (refused before reading), or ran out of it. */
export class ImportTooBig extends Error {
	constructor(
		readonly need: MemoryNeed | null,
		readonly budget: MemoryBudget | null,
		readonly engineMessage?: string,
		/** Stopped while the graph grew: what it held by then. */
		readonly heldSoFar?: { organizations: number; relations: number }
	) {
		super(`import: too big for memory${engineMessage ? ` (${engineMessage})` : ''}`);
	}
}

function run<T>(
	request: ImportRequest,
	onMessage: (message: ImportResponse, finish: (value: T) => void) => void,
	signal?: AbortSignal
): Promise<T> {
	const worker = takeWorker();
	return new Promise<T>((resolve, reject) => {
		/** Ends the job; a worker that is still sound is kept for the next one. */
		const stop = (sound = false) => {
			signal?.removeEventListener('abort', cancel);
			worker.onmessage = worker.onerror = null;
			if (sound && !idle) idle = worker;
			else worker.terminate();
		};
		const cancel = () => {
			stop();
			reject(new ImportCancelled());
		};
		if (signal?.aborted) return cancel();
		signal?.addEventListener('abort', cancel);
		worker.onmessage = (event: MessageEvent<ImportResponse>) => {
			const message = event.data;
			if (message.kind === 'error') {
				stop();
				reject(new Error(`import: ${message.error}`));
			} else if (message.kind === 'too-big') {
				stop();
				reject(new ImportTooBig(message.need, message.budget, message.error));
			} else
				onMessage(message, (value) => {
					stop(true);
					resolve(value);
				});
		};
		worker.onerror = (event) => {
			stop();
			reject(new Error(`import: the worker failed: ${event.message}`));
		};
		const transfer = request.files.flatMap((f) =>
			'bytes' in f ? [f.bytes.buffer as ArrayBuffer] : []
		);
		worker.postMessage(request, transfer);
	});
}

/** Encoding, delimiter, header, roles and first rows of each file, read from its head only. */
export function previewInWorker(
	files: SourceFile[],
	choices: Record<string, FileChoices> = {}
): Promise<FilePreview[]> {
	return run<FilePreview[]>({ id: nextId++, kind: 'preview', files, choices }, (m, finish) => {
		if (m.kind === 'previews') finish(m.previews);
	});
}

export interface ImportCallbacks {
	onProgress?: (progress: LoadProgress) => void;
	/** Heap the import may use (see memory-budget); files estimated to need more are refused. */
	budget?: MemoryBudget;
	/** Receives organizations and relations as they arrive (to build a graph meanwhile). */
	sink?: DatasetSink;
	signal?: AbortSignal;
}

export function importInWorker(
	files: SourceFile[],
	options: LoadOptions = {},
	{ onProgress, sink, signal, budget }: ImportCallbacks = {}
): Promise<Dataset> {
	const assembler = new DatasetAssembler(sink);
	// Each progress report redraws the progress bar; a few per second are enough to see it move.
	let reported = -Infinity;
	return run<Dataset>(
		{ id: nextId++, kind: 'load', files, options, ...(budget && { budget }) },
		(m, finish) => {
			if (m.kind === 'progress') {
				if (performance.now() - reported < PROGRESS_MS) return;
				reported = performance.now();
				onProgress?.(m.progress);
			} else if (m.kind === 'part') assembler.add(m.part);
			else if (m.kind === 'done') finish(assembler.finish(m.dataset));
		},
		signal
	);
}
