// The mapping step for one set of files: what was detected (previews) and what the user changes.
// Changing encoding, delimiter or header re-reads the file's head; changing a role does not.
import type { RelationRole } from '$lib/data/column-roles';
import type { EncodingName } from '$lib/data/decode';
import { previewInWorker } from '$lib/data/import-client';
import type { FileChoices, LoadOptions } from '$lib/data/load-dataset';
import type { FilePreview } from '$lib/data/preview';
import type { BlobFile } from '$lib/data/worker-protocol';

export class MappingSession {
	previews = $state.raw<FilePreview[]>([]);
	/** The header each file showed before any change: the key its choices are remembered under. */
	readonly detectedHeaders: Record<string, string[]>;
	choices = $state<Record<string, FileChoices>>({});
	mergeDuplicates = $state(false);
	rereading = $state(false);

	constructor(
		readonly files: BlobFile[],
		previews: FilePreview[],
		options: LoadOptions = {}
	) {
		this.previews = previews;
		this.detectedHeaders = Object.fromEntries(previews.map((p) => [p.file, p.header]));
		this.mergeDuplicates = options.mergeDuplicates ?? false;
		for (const p of previews)
			this.choices[p.file] = { ...this.#current(p), ...options.choices?.[p.file] };
	}

	#current(p: FilePreview): FileChoices {
		return {
			encoding: p.encoding,
			delimiter: p.delimiter,
			hasHeader: p.hasHeader,
			roles: [...p.roles]
		};
	}

	previewOf(file: string): FilePreview | undefined {
		return this.previews.find((p) => p.file === file);
	}

	setRole(file: string, column: number, role: RelationRole): void {
		const roles = this.choices[file]?.roles;
		if (roles) roles[column] = role;
	}

	async setEncoding(file: string, encoding: EncodingName): Promise<void> {
		await this.#reread(file, { encoding });
	}

	async setDelimiter(file: string, delimiter: string): Promise<void> {
		await this.#reread(file, { delimiter });
	}

	async setHasHeader(file: string, hasHeader: boolean): Promise<void> {
		await this.#reread(file, { hasHeader });
	}

	/** Re-reads a file's head with a changed parsing choice; roles are detected afresh. */
	async #reread(file: string, change: FileChoices): Promise<void> {
		const source = this.files.find((f) => f.name === file);
		if (!source) return;
		const { roles: _roles, ...parsing } = { ...this.choices[file], ...change };
		this.rereading = true;
		try {
			const [preview] = await previewInWorker([source], { [file]: parsing });
			if (!preview) return;
			this.previews = this.previews.map((p) => (p.file === file ? preview : p));
			this.choices[file] = { ...parsing, ...this.#current(preview), ...change };
		} finally {
			this.rereading = false;
		}
	}

	/** True when every table has what it needs (an edge list its source and target). */
	get ready(): boolean {
		return this.previews.every((p) => {
			if (p.format !== 'table') return true;
			const roles = this.choices[p.file]?.roles ?? [];
			return (
				(roles.includes('source') && roles.includes('target')) ||
				(p.kind !== null && p.kind !== 'relations')
			);
		});
	}

	options(): LoadOptions {
		return { choices: $state.snapshot(this.choices), mergeDuplicates: this.mergeDuplicates };
	}
}
