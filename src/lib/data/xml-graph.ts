// GEXF and GraphML (Gephi's formats) to our records. The XML parsing itself is injected: the page
// passes graphology-gexf/browser and graphology-graphml (DOMParser), the CLI their Node builds.
import { MultiGraph } from 'graphology';
import type { Attributes } from 'graphology-types';
import { parseDate } from './dates';
import { isReservedId, reservedIdDetail } from './reserved-ids';
import type { Diagnostic, FileAccount, Organization, Relation } from './types';
import { FALLBACK_TYPE } from './vocabulary';

export type XmlFormat = 'gexf' | 'graphml';

interface XmlElement {
	getAttribute(name: string): string | null;
	removeAttribute(name: string): void;
	parentNode: { removeChild(child: never): unknown } | null;
}
/** The little of a DOM Document this module needs (both DOMParser and xmldom provide it). */
export interface XmlDocument {
	getElementsByTagName(name: string): ArrayLike<XmlElement>;
}

type GraphParser = (
	Graph: typeof MultiGraph,
	source: never,
	options: { addMissingNodes: boolean; allowUndeclaredAttributes?: boolean }
) => MultiGraph;

export interface XmlTools {
	/** Parses XML text; throws with a message when it is not well-formed. */
	parseXml(text: string): XmlDocument;
	gexf: GraphParser;
	graphml: GraphParser;
}

export function detectXmlFormat(name: string, head: Uint8Array): XmlFormat | null {
	const lower = name.toLowerCase();
	if (lower.endsWith('.gexf')) return 'gexf';
	if (lower.endsWith('.graphml')) return 'graphml';
	const start = new TextDecoder().decode(head.subarray(0, 1024));
	if (/<gexf[\s>]/.test(start)) return 'gexf';
	if (/<graphml[\s>]/.test(start)) return 'graphml';
	return null;
}

export interface XmlRecords {
	organizations: Organization[];
	relations: Relation[];
	diagnostics: Diagnostic[];
	accounts: FileAccount[];
}

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const pick = (attrs: Attributes, ...names: string[]) =>
	names.map((n) => text(attrs[n])).find((v) => v !== '') ?? '';

function dateOf(attrs: Attributes, names: string[], report: (detail: string) => void): string {
	const raw = pick(attrs, ...names);
	const parsed = parseDate(raw);
	if (parsed.ok) return parsed.iso;
	report(parsed.error);
	return '';
}

function stringAttributes(attrs: Attributes, skip: string[]): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [key, value] of Object.entries(attrs)) if (!skip.includes(key)) out[key] = text(value);
	return out;
}

/** Every <node> and <edge> element is imported or reported; edge ids used twice are kept apart. */
export function loadXmlGraph(
	file: string,
	source: string,
	format: XmlFormat,
	tools: XmlTools
): XmlRecords {
	const diagnostics: Diagnostic[] = [];
	const warn = (reason: string, detail: string) =>
		diagnostics.push({ file, line: 0, severity: 'warning', reason, detail });
	// Entities are how "billion laughs" files grow a few bytes into gigabytes; Gephi never writes them.
	if (/<!ENTITY/i.test(source))
		throw new Error(
			'it declares XML entities, which are not read here (they can expand without end)'
		);
	const doc = tools.parseXml(source);
	const elementsRead = {
		nodes: doc.getElementsByTagName('node').length,
		edges: doc.getElementsByTagName('edge').length
	};
	// Before graphology sees them: a reserved id would corrupt its plain-object indices.
	const rejected = { nodes: 0, edges: 0 };
	const reject = (element: XmlElement, detail: string) => {
		diagnostics.push({ file, line: 0, severity: 'error', reason: 'reserved-id', detail });
		element.parentNode?.removeChild(element as never);
	};
	for (const element of [...Array.from(doc.getElementsByTagName('node'))]) {
		const id = text(element.getAttribute('id'));
		if (isReservedId(id)) {
			reject(element, `node: ${reservedIdDetail(id, 'id')} - the node was skipped`);
			rejected.nodes++;
		}
	}
	for (const element of [...Array.from(doc.getElementsByTagName('edge'))]) {
		const end = ['source', 'target'].find((a) => isReservedId(text(element.getAttribute(a))));
		if (end) {
			const id = text(element.getAttribute(end));
			reject(element, `edge: ${reservedIdDetail(id, end)} - the edge was skipped`);
			rejected.edges++;
		}
	}
	const nodeElements = doc.getElementsByTagName('node');
	const edgeElements = doc.getElementsByTagName('edge');
	const declared = new Set<string>();
	for (let i = 0; i < nodeElements.length; i++)
		declared.add(text(nodeElements[i]!.getAttribute('id')));
	// graphology merges edges that share an id (Gephi's collapse, gephi#1772): drop the repeated id instead.
	const edgeIds = new Set<string>();
	for (let i = 0; i < edgeElements.length; i++) {
		const id = edgeElements[i]!.getAttribute('id');
		if (id === null || id === '') continue;
		if (edgeIds.has(id)) {
			edgeElements[i]!.removeAttribute('id');
			warn('duplicate-edge-id', `edge id "${id}" is used twice; both edges were kept`);
		}
		edgeIds.add(id);
	}
	const graph = tools[format](MultiGraph, doc as never, {
		addMissingNodes: true,
		allowUndeclaredAttributes: true
	});

	const organizations: Organization[] = [];
	graph.forEachNode((id, attrs) => {
		if (!declared.has(id))
			warn('unknown-endpoint', `"${id}" is not a declared node; a node was added for it`);
		const report = (detail: string) =>
			warn('unparseable-date', `node "${id}": ${detail}; kept without it`);
		organizations.push({
			id,
			name: pick(attrs, 'label', 'name') || id,
			nameNative: '',
			aliases: [],
			kind: pick(attrs, 'kind', 'type', 'group', 'category'),
			founded: dateOf(attrs, ['founded', 'start'], report),
			dissolved: dateOf(attrs, ['dissolved', 'end'], report),
			country: pick(attrs, 'country'),
			leader: '',
			ideology: '',
			website: '',
			sourceRef: '',
			notes: pick(attrs, 'notes', 'description'),
			attributes: stringAttributes(attrs, ['label', 'x', 'y', 'z', 'size', 'color']),
			origin: declared.has(id) ? { file, line: 0 } : null
		});
	});
	const relations: Relation[] = [];
	graph.forEachEdge((key, attrs, source, target, _s, _t, undirected) => {
		const report = (detail: string) =>
			warn('unparseable-date', `edge "${key}": ${detail}; kept without it`);
		if (source === target) warn('self-loop', `"${source}" is tied to itself (kept)`);
		const weight = Number(attrs.weight ?? 1);
		relations.push({
			id: `${file}:${key}`,
			source,
			target,
			type: pick(attrs, 'relation', 'kind', 'type') || FALLBACK_TYPE,
			directed: !undirected,
			start: dateOf(attrs, ['start', 'date'], report),
			end: dateOf(attrs, ['end'], report),
			label: pick(attrs, 'label'),
			weight: Number.isFinite(weight) ? weight : 1,
			confidence: '',
			sourceRef: '',
			notes: '',
			attributes: stringAttributes(attrs, ['label', 'weight', 'color', 'size', 'thickness']),
			origin: { file, line: 0 }
		});
	});
	const account = (table: 'organizations' | 'relations', rowsRead: number, imported: number) => ({
		file,
		table,
		encoding: 'utf-8',
		delimiter: '',
		rowsRead,
		imported,
		rejected: rowsRead - imported,
		warned: 0,
		duplicates: 0
	});
	return {
		organizations,
		relations,
		diagnostics,
		accounts: [
			account('organizations', elementsRead.nodes, elementsRead.nodes - rejected.nodes),
			account('relations', elementsRead.edges, relations.length)
		]
	};
}
