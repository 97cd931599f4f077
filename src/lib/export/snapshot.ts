// A snapshot file: the whole dataset, the view as the link encodes it (url-codec), what size and
// colour encode, and where every drawn node is, so Splinter re-opens it exactly as it was. Reading
// checks every field: the file may come from anyone, and a bad one is refused with the place it
// went wrong, never half-loaded.
import { setOwn } from '$lib/data/own-record';
import type {
	Congress,
	Dataset,
	Membership,
	Organization,
	Relation,
	RowOrigin
} from '$lib/data/types';
import { MEMBERSHIP_KINDS } from '$lib/data/vocabulary';
import type { SplinterGraph } from '$lib/graph/build-graph';
import type { ColorMode, SizeMeasure } from '$lib/render/visuals';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-format';

export interface Display {
	sizeBy: SizeMeasure;
	colorBy: ColorMode;
}

export interface Snapshot {
	/** When it was saved (ISO 8601). */
	saved: string;
	dataset: Dataset;
	/** The view as a URL query (url-codec's encodeView). */
	view: string;
	display: Display;
	/** Drawn position of each node of the graph on screen. */
	positions: Map<string, [number, number]>;
}

export function writeSnapshot(snapshot: {
	dataset: Dataset;
	view: string;
	display: Display;
	drawn: SplinterGraph;
	at: Date;
}): string {
	const { dataset } = snapshot;
	const positions: Record<string, [number, number]> = {};
	snapshot.drawn.forEachNode((node, { x, y }) => {
		Object.defineProperty(positions, node, { value: [x, y], enumerable: true });
	});
	return JSON.stringify({
		format: SNAPSHOT_FORMAT,
		version: SNAPSHOT_VERSION,
		saved: snapshot.at.toISOString(),
		view: snapshot.view,
		display: snapshot.display,
		dataset: {
			name: dataset.name,
			organizations: dataset.organizations,
			relations: dataset.relations,
			congresses: dataset.congresses,
			membership: dataset.membership
		},
		positions
	});
}

export class SnapshotError extends Error {}

type Json = unknown;
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;

class Reader {
	constructor(
		readonly value: Json,
		readonly path: string
	) {}
	fail(what: string): never {
		throw new SnapshotError(`${this.path} ${what}`);
	}
	/** The value under a key or index; undefined when there is none (or this is no container). */
	at(key: string | number): Reader {
		const v = this.value;
		const inner =
			typeof v === 'object' && v !== null && Object.hasOwn(v, key)
				? (v as Record<string | number, Json>)[key]
				: undefined;
		return new Reader(
			inner,
			typeof key === 'number' ? `${this.path}[${key}]` : `${this.path}.${key}`
		);
	}
	object(): this {
		if (typeof this.value !== 'object' || this.value === null || Array.isArray(this.value))
			this.fail('is not an object');
		return this;
	}
	array(): Reader[] {
		if (!Array.isArray(this.value)) this.fail('is not a list');
		return (this.value as Json[]).map((_, i) => this.at(i));
	}
	/** A string; a missing one is '' unless required. */
	string(required = false): string {
		if (this.value === undefined && !required) return '';
		if (typeof this.value !== 'string') this.fail(required ? 'is missing' : 'is not text');
		if (required && this.value === '') this.fail('is empty');
		return this.value as string;
	}
	date(): string {
		const text = this.string();
		if (!DATE.test(text)) this.fail(`is not a date like 1991, 1991-09 or 1991-09-07: "${text}"`);
		return text;
	}
	number(nullable = false): number | null {
		if (nullable && (this.value === null || this.value === undefined)) return null;
		if (typeof this.value !== 'number' || !Number.isFinite(this.value))
			this.fail('is not a number');
		return this.value as number;
	}
	strings(): string[] {
		if (this.value === undefined) return [];
		return this.array().map((r) => r.string());
	}
	attributes(): Record<string, string> {
		const out: Record<string, string> = {};
		if (this.value === undefined) return out;
		this.object();
		for (const key of Object.keys(this.value as object)) setOwn(out, key, this.at(key).string());
		return out;
	}
	origin(): RowOrigin {
		if (this.value === undefined || this.value === null) return { file: '', line: 0 };
		this.object();
		return { file: this.at('file').string(), line: this.at('line').number() ?? 0 };
	}
	oneOf<T extends string>(options: readonly T[], fallback: T): T {
		if (this.value === undefined) return fallback;
		const text = this.string();
		if (!(options as readonly string[]).includes(text))
			this.fail(`is "${text}", not one of ${options.join(', ')}`);
		return text as T;
	}
}

function organization(r: Reader): Organization {
	r.object();
	return {
		id: r.at('id').string(true),
		name: r.at('name').string(),
		nameNative: r.at('nameNative').string(),
		aliases: r.at('aliases').strings(),
		kind: r.at('kind').string(),
		founded: r.at('founded').date(),
		dissolved: r.at('dissolved').date(),
		country: r.at('country').string(),
		leader: r.at('leader').string(),
		ideology: r.at('ideology').string(),
		website: r.at('website').string(),
		sourceRef: r.at('sourceRef').string(),
		notes: r.at('notes').string(),
		attributes: r.at('attributes').attributes(),
		origin: r.at('origin').value === null ? null : r.at('origin').origin()
	};
}

function relation(r: Reader): Relation {
	r.object();
	const directed = r.at('directed');
	if (typeof directed.value !== 'boolean') directed.fail('is not true or false');
	return {
		id: r.at('id').string(true),
		source: r.at('source').string(true),
		target: r.at('target').string(true),
		type: r.at('type').string(true),
		directed: directed.value as boolean,
		start: r.at('start').date(),
		end: r.at('end').date(),
		label: r.at('label').string(),
		weight: r.at('weight').number()!,
		confidence: r.at('confidence').string(),
		sourceRef: r.at('sourceRef').string(),
		notes: r.at('notes').string(),
		attributes: r.at('attributes').attributes(),
		origin: r.at('origin').origin()
	};
}

function congress(r: Reader): Congress {
	r.object();
	return {
		org: r.at('org').string(true),
		ordinal: r.at('ordinal').number(true),
		name: r.at('name').string(),
		start: r.at('start').date(),
		end: r.at('end').date(),
		location: r.at('location').string(),
		attendance: r.at('attendance').number(true),
		sourceRef: r.at('sourceRef').string(),
		notes: r.at('notes').string(),
		origin: r.at('origin').origin()
	};
}

function membership(r: Reader): Membership {
	r.object();
	return {
		org: r.at('org').string(true),
		date: r.at('date').date(),
		members: r.at('members').number()!,
		kind: r.at('kind').oneOf(MEMBERSHIP_KINDS, 'stated'),
		sourceRef: r.at('sourceRef').string(),
		origin: r.at('origin').origin()
	};
}

function unique(list: { id: string }[], what: string): Set<string> {
	const seen = new Set<string>();
	list.forEach(({ id }, i) => {
		if (seen.has(id)) throw new SnapshotError(`dataset.${what}[${i}].id "${id}" is used twice`);
		seen.add(id);
	});
	return seen;
}

/** Reads a snapshot file; throws a SnapshotError saying what is wrong and where. */
export function readSnapshot(text: string, fileName: string): Snapshot {
	let json: Json;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		throw new SnapshotError(`it is not valid JSON (${(error as Error).message})`);
	}
	const root = new Reader(json, 'snapshot').object();
	if (root.at('format').value !== SNAPSHOT_FORMAT)
		root.at('format').fail(`is not "${SNAPSHOT_FORMAT}"`);
	const version = root.at('version').number();
	if (version !== SNAPSHOT_VERSION)
		root.at('version').fail(`is ${version}; this Splinter reads version ${SNAPSHOT_VERSION}`);
	const data = root.at('dataset').object();
	const organizations = data.at('organizations').array().map(organization);
	const relations = data.at('relations').array().map(relation);
	const ids = unique(organizations, 'organizations');
	unique(relations, 'relations');
	relations.forEach((rel, i) => {
		for (const end of ['source', 'target'] as const)
			if (!ids.has(rel[end]))
				throw new SnapshotError(
					`dataset.relations[${i}].${end} "${rel[end]}" is not an organization`
				);
	});
	const congresses =
		data.at('congresses').value === undefined ? [] : data.at('congresses').array().map(congress);
	const members =
		data.at('membership').value === undefined ? [] : data.at('membership').array().map(membership);

	const view = root.at('view').string();
	if (view !== '' && !view.startsWith('?'))
		root.at('view').fail('is not a link query (it starts with "?")');
	const display = root.at('display');
	if (display.value !== undefined) display.object();
	const positions = new Map<string, [number, number]>();
	const places = root.at('positions');
	if (places.value !== undefined) {
		places.object();
		for (const key of Object.keys(places.value as object)) {
			const pair = places.at(key).array();
			if (pair.length !== 2) places.at(key).fail('is not a pair of numbers');
			positions.set(key, [pair[0]!.number()!, pair[1]!.number()!]);
		}
	}
	const account = (
		table: 'organizations' | 'relations' | 'congresses' | 'membership',
		rows: number
	) => ({
		file: fileName,
		table,
		encoding: 'utf-8',
		delimiter: '',
		rowsRead: rows,
		imported: rows,
		rejected: 0,
		warned: 0,
		duplicates: 0
	});
	return {
		saved: root.at('saved').string(),
		view,
		display: {
			sizeBy: display.at('sizeBy').oneOf(['degree', 'membership'] as const, 'degree'),
			colorBy: display.at('colorBy').oneOf(['kind', 'community'] as const, 'kind')
		},
		positions,
		dataset: {
			name: data.at('name').string() || fileName.replace(/\.[^.]+$/, ''),
			organizations,
			relations,
			congresses,
			membership: members,
			diagnostics: [],
			accounts: [
				account('organizations', organizations.length),
				account('relations', relations.length),
				...(congresses.length ? [account('congresses', congresses.length)] : []),
				...(members.length ? [account('membership', members.length)] : [])
			]
		}
	};
}
