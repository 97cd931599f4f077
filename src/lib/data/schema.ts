// Our own table schema (data/README.md): which columns each table has and which hold dates.
import type { TableKind } from './types';

export interface TableSchema {
	columns: readonly string[];
	required: readonly string[];
	dates: readonly string[];
}

export const SCHEMA: Record<TableKind, TableSchema> = {
	relations: {
		columns: [
			'source',
			'target',
			'type',
			'start',
			'end',
			'label',
			'weight',
			'confidence',
			'source_ref',
			'notes'
		],
		required: ['source', 'target'],
		dates: ['start', 'end']
	},
	organizations: {
		columns: [
			'id',
			'name',
			'name_native',
			'aliases',
			'kind',
			'founded',
			'dissolved',
			'country',
			'leader',
			'ideology',
			'website',
			'source_ref',
			'notes'
		],
		required: ['id'],
		dates: ['founded', 'dissolved']
	},
	congresses: {
		columns: [
			'org',
			'ordinal',
			'name',
			'start',
			'end',
			'location',
			'attendance',
			'source_ref',
			'notes'
		],
		required: ['org'],
		dates: ['start', 'end']
	},
	membership: {
		columns: ['org', 'date', 'members', 'kind', 'source_ref'],
		required: ['org', 'members'],
		dates: ['date']
	}
};

/** Header cells compare case-insensitively, ignoring surrounding spaces and a stray BOM. */
export function normalizeHeader(cell: string): string {
	return cell
		.replace(/^\uFEFF/, '')
		.trim()
		.toLowerCase()
		.replace(/[\s-]+/g, '_');
}
