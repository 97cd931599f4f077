// Module worker: runs the import pipeline off the main thread (papaparse's own `worker: true`
// breaks inside Vite bundles, so the whole pipeline runs here instead). It posts progress while it
// parses and the records in parts as they are ready; the page cancels by terminating it.
import { streamDataset } from './dataset-stream';
import type { InputFile } from './load-dataset';
import { fitsBudget, memoryNeed, shapeOf, type MemoryNeed } from './memory-estimate';
import { PREVIEW_BYTES, previewFile } from './preview';
import type { ImportRequest, ImportResponse, SourceFile } from './worker-protocol';

async function bytesOf(file: SourceFile, limit?: number): Promise<InputFile> {
	if ('bytes' in file) return file;
	const blob = limit === undefined ? file.blob : file.blob.slice(0, limit);
	return { name: file.name, bytes: new Uint8Array(await blob.arrayBuffer()) };
}

const sizeOf = (file: SourceFile) => ('bytes' in file ? file.bytes.length : file.blob.size);

async function handle(
	request: ImportRequest,
	post: (message: ImportResponse, transfer?: ArrayBuffer[]) => void
) {
	const { id } = request;
	if (request.kind === 'preview') {
		const previews = await Promise.all(
			request.files.map(async (file) =>
				previewFile(
					await bytesOf(file, PREVIEW_BYTES),
					request.choices[file.name],
					sizeOf(file) > PREVIEW_BYTES
				)
			)
		);
		return post({ id, kind: 'previews', previews });
	}
	const budget = request.budget ?? null;
	let need: MemoryNeed | null = null;
	try {
		const files = await Promise.all(request.files.map((file) => bytesOf(file)));
		need = memoryNeed(files.map((file) => shapeOf(file.bytes)));
		if (budget && !fitsBudget(need, budget)) return post({ id, kind: 'too-big', need, budget });
		const dataset = streamDataset(
			files,
			request.options,
			{ onProgress: (progress) => post({ id, kind: 'progress', progress }) },
			(part, transfer) => post({ id, kind: 'part', part }, transfer)
		);
		post({ id, kind: 'done', dataset });
	} catch (error) {
		// What a script can catch of running out: a buffer or string the engine will not make.
		if (!(error instanceof RangeError)) throw error;
		post({ id, kind: 'too-big', need, budget, error: error.message });
	}
}

self.onmessage = (event: MessageEvent<ImportRequest>) => {
	const post = (message: ImportResponse, transfer: ArrayBuffer[] = []) =>
		self.postMessage(message, { transfer });
	handle(event.data, post).catch((error: unknown) =>
		post({
			id: event.data.id,
			kind: 'error',
			error: error instanceof Error ? error.message : String(error)
		})
	);
};
