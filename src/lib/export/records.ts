// The dataset records behind the shown graph: each node's organization and each edge's relation.
// A projected tie (or a node without a row) has no record of its own; one is made from the graph.
import { inferredOrganization } from '$lib/data/reconcile';
import type { Dataset, Organization, Relation } from '$lib/data/types';
import type { SplinterGraph } from '$lib/graph/build-graph';

export interface ShownRecords {
	organization(node: string): Organization;
	relation(edge: string): Relation;
}

export function shownRecords(sub: SplinterGraph, dataset: Dataset): ShownRecords {
	const orgs = new Map(dataset.organizations.map((o) => [o.id, o]));
	const rels = new Map(dataset.relations.map((r) => [r.id, r]));
	return {
		organization(node) {
			const known = orgs.get(node);
			if (known) return known;
			const { label: name, kind, founded, dissolved } = sub.getNodeAttributes(node);
			return { ...inferredOrganization(node), name, kind, founded, dissolved };
		},
		relation(edge) {
			const known = rels.get(edge);
			if (known) return known;
			const a = sub.getEdgeAttributes(edge);
			return {
				id: edge,
				source: sub.source(edge),
				target: sub.target(edge),
				type: a.relation,
				directed: sub.isDirected(edge),
				start: a.start,
				end: a.end,
				label: a.label,
				weight: a.weight,
				confidence: '',
				sourceRef: '',
				notes: '',
				attributes: {},
				origin: { file: '', line: 0 }
			};
		}
	};
}

/** Names of the extra (non-schema) attributes the records carry, sorted. */
export function extraNames(records: { attributes: Record<string, string> }[]): string[] {
	const names = new Set<string>();
	for (const record of records) for (const name of Object.keys(record.attributes)) names.add(name);
	return [...names].sort();
}
