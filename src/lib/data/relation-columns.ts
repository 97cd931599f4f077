// Relations in columns, for the trip from the import worker to the page. A structured clone of
// objects rebuilds each one property by property; arrays of strings and typed arrays (moved, not
// copied) cross several times faster, and the page rebuilds the objects in one tight loop.
import type { Relation } from './types';

const TEXT_FIELDS = [
	'id',
	'source',
	'target',
	'type',
	'start',
	'end',
	'label',
	'confidence',
	'sourceRef',
	'notes'
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

export interface RelationColumns {
	count: number;
	/** One array per text field; null when every value is ''. */
	text: Record<TextField, string[] | null>;
	directed: Uint8Array;
	weight: Float64Array;
	/** The origin of each relation: its file (by index into `files`) and line. */
	files: string[];
	fileIndex: Uint16Array;
	line: Int32Array;
	/** null when no relation has attributes. */
	attributes: Record<string, string>[] | null;
}

export function toColumns(relations: readonly Relation[]): RelationColumns {
	const count = relations.length;
	const text = {} as RelationColumns['text'];
	for (const field of TEXT_FIELDS) {
		const values = new Array<string>(count);
		let any = false;
		for (let i = 0; i < count; i++) {
			const value = relations[i]![field];
			values[i] = value;
			if (value !== '') any = true;
		}
		text[field] = any ? values : null;
	}
	const directed = new Uint8Array(count);
	const weight = new Float64Array(count);
	const fileIndex = new Uint16Array(count);
	const line = new Int32Array(count);
	const files: string[] = [];
	let attributes: Record<string, string>[] | null = null;
	for (let i = 0; i < count; i++) {
		const r = relations[i]!;
		directed[i] = r.directed ? 1 : 0;
		weight[i] = r.weight;
		let f = files.indexOf(r.origin.file);
		if (f < 0) f = files.push(r.origin.file) - 1;
		fileIndex[i] = f;
		line[i] = r.origin.line;
		for (const _key in r.attributes) {
			attributes ??= relations.map((x) => x.attributes);
			break;
		}
	}
	return { count, text, directed, weight, files, fileIndex, line, attributes };
}

/** The buffers to move (transfer) with a message carrying these columns. */
export function columnBuffers(columns: RelationColumns): ArrayBuffer[] {
	return [columns.directed, columns.weight, columns.fileIndex, columns.line].map(
		(a) => a.buffer as ArrayBuffer
	);
}

export function fromColumns(columns: RelationColumns): Relation[] {
	const { count, text, directed, weight, files, fileIndex, line, attributes } = columns;
	const none = new Array<string>(count).fill('');
	const [id, source, target, type, start, end, label, confidence, sourceRef, notes] =
		TEXT_FIELDS.map((field) => text[field] ?? none) as string[][];
	const out = new Array<Relation>(count);
	for (let i = 0; i < count; i++) {
		out[i] = {
			id: id![i]!,
			source: source![i]!,
			target: target![i]!,
			type: type![i]!,
			directed: directed[i] === 1,
			start: start![i]!,
			end: end![i]!,
			label: label![i]!,
			weight: weight[i]!,
			confidence: confidence![i]!,
			sourceRef: sourceRef![i]!,
			notes: notes![i]!,
			attributes: attributes ? attributes[i]! : {},
			origin: { file: files[fileIndex[i]!]!, line: line[i]! }
		};
	}
	return out;
}
