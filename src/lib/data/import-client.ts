// The page's side of the import worker: one worker per import, transferred bytes, a promise back.
import type { InputFile, LoadOptions } from './load-dataset';
import type { Dataset } from './types';
import type { ImportRequest, ImportResponse } from './worker-protocol';

let nextId = 1;

export function importInWorker(files: InputFile[], options: LoadOptions = {}): Promise<Dataset> {
	const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
	const request: ImportRequest = { id: nextId++, files, options };
	return new Promise<Dataset>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<ImportResponse>) => {
			worker.terminate();
			if (event.data.ok) resolve(event.data.dataset);
			else reject(new Error(`import: ${event.data.error}`));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(`import: the worker failed: ${event.message}`));
		};
		worker.postMessage(
			request,
			files.map((f) => f.bytes.buffer as ArrayBuffer)
		);
	});
}
