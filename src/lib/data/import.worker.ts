// Module worker: runs the import pipeline off the main thread (papaparse's own `worker: true`
// breaks inside Vite bundles, so the whole pipeline runs here instead).
import { loadDataset } from './load-dataset';
import type { ImportRequest, ImportResponse } from './worker-protocol';

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const { id, files, options } = event.data;
	let response: ImportResponse;
	try {
		response = { id, ok: true, dataset: loadDataset(files, options) };
	} catch (error) {
		response = { id, ok: false, error: error instanceof Error ? error.message : String(error) };
	}
	self.postMessage(response);
};
