// Messages between the page and the import worker. Files travel as Blobs (a File, a pasted text,
// a fetched body: no copy) or as bytes (transferred).
import type { DatasetPart } from './dataset-stream';
import type { FileChoices, InputFile, LoadOptions, LoadProgress } from './load-dataset';
import type { MemoryBudget, MemoryNeed } from './memory-estimate';
import type { FilePreview } from './preview';
import type { Dataset } from './types';

export interface BlobFile {
	name: string;
	blob: Blob;
}
export type SourceFile = BlobFile | InputFile;

export type ImportRequest =
	| { id: number; kind: 'preview'; files: SourceFile[]; choices: Record<string, FileChoices> }
	| {
			id: number;
			kind: 'load';
			files: SourceFile[];
			options: LoadOptions;
			/** Heap the import may use; without it nothing is refused for its size. */
			budget?: MemoryBudget;
	  };

export type ImportResponse =
	| { id: number; kind: 'previews'; previews: FilePreview[] }
	| { id: number; kind: 'progress'; progress: LoadProgress }
	/** Big lists arrive in parts so that no single message takes long to unpack on the page. */
	| { id: number; kind: 'part'; part: DatasetPart }
	/** The dataset without the lists that came in parts. */
	| { id: number; kind: 'done'; dataset: Dataset }
	| { id: number; kind: 'error'; error: string }
	/** Refused before reading (need over budget) or stopped when memory ran out (`ranOut`, with
	 * the browser's own words in `error`). */
	| {
			id: number;
			kind: 'too-big';
			need: MemoryNeed | null;
			budget: MemoryBudget | null;
			error?: string;
	  };
