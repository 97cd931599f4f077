// A snapshot file: the whole dataset, the view as the link encodes it (url-codec), what size and
// colour encode, and where every drawn node is, so Splinter re-opens it exactly as it was. Reading
// checks every field: the file may come from anyone, and a bad one is refused with the place it
// went wrong, never half-loaded.
import type { Dataset } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';
import type { ColorMode, SizeMeasure } from '$lib/render/visuals';
import {
	Reader,
	SnapshotError,
	congress,
	membership,
	organization,
	relation,
	type Json
} from './snapshot-fields';
import { inSlices } from './in-slices';
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot-format';

export { SnapshotError };

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

/** JSON.stringify's text of an array, element by element in slices (a record can hold no
 * undefined, so no element becomes null where the whole array's stringify would differ). */
async function jsonArray(list: readonly unknown[], parts: string[]): Promise<void> {
	parts.push('[');
	let first = true;
	await inSlices(list, (item) => {
		parts.push((first ? '' : ',') + JSON.stringify(item));
		first = false;
	});
	parts.push(']');
}

/**
 * The file as text parts, one JSON document once joined (the records as JSON.stringify writes
 * them); written in slices, as stringifying 300,000 records in one call held the page for seconds.
 */
export async function writeSnapshot(snapshot: {
	dataset: Dataset;
	view: string;
	display: Display;
	drawn: SplinterGraph;
	at: Date;
}): Promise<string[]> {
	const { dataset } = snapshot;
	const json = JSON.stringify;
	const parts = [
		`{"format":${json(SNAPSHOT_FORMAT)},"version":${json(SNAPSHOT_VERSION)},` +
			`"saved":${json(snapshot.at.toISOString())},"view":${json(snapshot.view)},` +
			`"display":${json(snapshot.display)},"dataset":{"name":${json(dataset.name)},"organizations":`
	];
	await jsonArray(dataset.organizations, parts);
	parts.push(',"relations":');
	await jsonArray(dataset.relations, parts);
	parts.push(',"congresses":');
	await jsonArray(dataset.congresses, parts);
	parts.push(',"membership":');
	await jsonArray(dataset.membership, parts);
	parts.push('},"positions":{');
	let first = true;
	await inSlices(snapshot.drawn.nodeEntries(), ({ node, attributes: { x, y } }) => {
		parts.push(`${first ? '' : ','}${json(node)}:${json([x, y])}`);
		first = false;
	});
	parts.push('}}');
	return parts;
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
