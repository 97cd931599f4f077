// Messages between the page and the import worker. Files travel as Blobs (a File, a pasted text,
// a fetched body: no copy) or as bytes (transferred).
import type { FileChoices, InputFile, LoadOptions, LoadProgress } from './load-dataset';
import type { FilePreview } from './preview';
import type { Dataset, Diagnostic, Organization, Relation } from './types';

export interface BlobFile {
	name: string;
	blob: Blob;
}
export type SourceFile = BlobFile | InputFile;

export type ImportRequest =
	| { id: number; kind: 'preview'; files: SourceFile[]; choices: Record<string, FileChoices> }
	| { id: number; kind: 'load'; files: SourceFile[]; options: LoadOptions };

/** Big lists arrive in parts so that no single message takes long to unpack on the page. */
export const RECORDS_PER_MESSAGE = 2_000;
export type PartField = 'relations' | 'organizations' | 'diagnostics';

export type ImportResponse =
	| { id: number; kind: 'previews'; previews: FilePreview[] }
	| { id: number; kind: 'progress'; progress: LoadProgress }
	| {
			id: number;
			kind: 'part';
			field: PartField;
			items: Relation[] | Organization[] | Diagnostic[];
	  }
	| { id: number; kind: 'done'; dataset: Dataset }
	| { id: number; kind: 'error'; error: string };
