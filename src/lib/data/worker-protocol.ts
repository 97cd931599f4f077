// Messages between the page and the import worker.
import type { InputFile, LoadOptions } from './load-dataset';
import type { Dataset } from './types';

export interface ImportRequest {
	id: number;
	files: InputFile[];
	options: LoadOptions;
}

export type ImportResponse =
	{ id: number; ok: true; dataset: Dataset } | { id: number; ok: false; error: string };
