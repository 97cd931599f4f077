// The records every view reads: what an import produces, whatever the file looked like.
// Dates are ISO 8601 strings of honest precision ('1991', '1991-09', '1991-09-07') or '' when unknown.

export interface Organization {
	id: string;
	name: string;
	nameNative: string;
	aliases: string[];
	kind: string;
	founded: string;
	dissolved: string;
	country: string;
	leader: string;
	ideology: string;
	website: string;
	sourceRef: string;
	notes: string;
	/** Columns the schema does not name, kept as text so nothing is lost. */
	attributes: Record<string, string>;
	/** Where the row came from ('' for nodes inferred from edges). */
	origin: RowOrigin | null;
}

export interface Relation {
	/** Stable key: the file and line it came from (parallel edges stay distinct). */
	id: string;
	source: string;
	target: string;
	type: string;
	directed: boolean;
	start: string;
	end: string;
	label: string;
	weight: number;
	confidence: string;
	sourceRef: string;
	notes: string;
	attributes: Record<string, string>;
	origin: RowOrigin;
}

export interface Congress {
	org: string;
	ordinal: number | null;
	name: string;
	start: string;
	end: string;
	location: string;
	attendance: number | null;
	sourceRef: string;
	notes: string;
	origin: RowOrigin;
}

export type MembershipKind = 'stated' | 'claimed' | 'estimate';

export interface Membership {
	org: string;
	date: string;
	members: number;
	kind: MembershipKind;
	sourceRef: string;
	origin: RowOrigin;
}

export interface RowOrigin {
	file: string;
	line: number;
}

export type Severity = 'error' | 'warning';

/** One problem with one place in one file. `line` is 1-based; 0 means the file as a whole. */
export interface Diagnostic {
	file: string;
	line: number;
	column?: number;
	severity: Severity;
	/** A short stable code for grouping, e.g. 'empty-endpoint'. */
	reason: string;
	detail: string;
}

/** Per file: rows read = imported + rejected, always. */
export interface FileAccount {
	file: string;
	table: TableKind;
	encoding: string;
	delimiter: string;
	rowsRead: number;
	imported: number;
	/** Rows not imported, each with a diagnostic saying why. */
	rejected: number;
	/** Imported rows that carry a warning. */
	warned: number;
	/** Rows repeating an earlier row cell for cell: kept (and warned) or merged (and rejected). */
	duplicates: number;
}

export type TableKind = 'relations' | 'organizations' | 'congresses' | 'membership';

export interface Dataset {
	name: string;
	organizations: Organization[];
	relations: Relation[];
	congresses: Congress[];
	membership: Membership[];
	diagnostics: Diagnostic[];
	accounts: FileAccount[];
}

export function formatDiagnostic(d: Diagnostic): string {
	const where = d.line > 0 ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
	return `${where}: ${d.severity}: ${d.detail}`;
}
