// The page's side of a dataset handed over in parts (dataset-stream.ts): rebuilds the records and
// passes organizations and relations on as they arrive, so a graph can grow while the worker reads.
import type { DatasetPart } from './dataset-stream';
import { inferredOrganization } from './reconcile';
import { fromColumns } from './relation-columns';
import type { Dataset, Diagnostic, Organization, Relation } from './types';

export interface DatasetSink {
	organizations(items: readonly Organization[]): void;
	relations(items: readonly Relation[]): void;
	/** Everything passed on so far is void; it comes again. */
	restart(): void;
}

/** Organizations for the ends marked new, source before target, as reconcile does. */
function inferred(relations: readonly Relation[], newEnds: Uint8Array): Organization[] {
	const out: Organization[] = [];
	relations.forEach((r, i) => {
		if (newEnds[i]! & 1) out.push(inferredOrganization(r.source));
		if (newEnds[i]! & 2) out.push(inferredOrganization(r.target));
	});
	return out;
}

export class DatasetAssembler {
	organizations: Organization[] = [];
	relations: Relation[] = [];
	diagnostics: Diagnostic[] = [];
	#sink: DatasetSink | null;

	constructor(sink: DatasetSink | null = null) {
		this.#sink = sink;
	}

	add(part: DatasetPart): void {
		switch (part.kind) {
			case 'organizations':
				return this.#organizations(part.items);
			case 'relations': {
				const relations = fromColumns(part.columns);
				if (part.newEnds) this.#organizations(inferred(relations, part.newEnds));
				for (const r of relations) this.relations.push(r);
				return this.#sink?.relations(relations);
			}
			case 'diagnostics':
				for (const d of part.items) this.diagnostics.push(d);
				return;
			case 'restart':
				this.organizations = [];
				this.relations = [];
				return this.#sink?.restart();
		}
	}

	/** The whole dataset, from what arrived in parts and the rest. */
	finish(rest: Dataset): Dataset {
		return {
			...rest,
			organizations: this.organizations,
			relations: this.relations,
			diagnostics: this.diagnostics
		};
	}

	#organizations(items: Organization[]): void {
		for (const o of items) this.organizations.push(o);
		this.#sink?.organizations(items);
	}
}
