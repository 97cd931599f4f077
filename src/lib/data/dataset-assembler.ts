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

export class DatasetAssembler {
	organizations: Organization[] = [];
	relations: Relation[] = [];
	diagnostics: Diagnostic[] = [];
	#sink: DatasetSink | null;
	/** Ends seen so far, when organizations are inferred here. */
	#ends = new Set<string>();

	constructor(sink: DatasetSink | null = null) {
		this.#sink = sink;
	}

	add(part: DatasetPart): void {
		switch (part.kind) {
			case 'organizations':
				return this.#organizations(part.items);
			case 'relations': {
				const relations = fromColumns(part.columns);
				if (part.inferEnds) this.#organizations(this.#newEnds(relations));
				for (const r of relations) this.relations.push(r);
				return this.#sink?.relations(relations);
			}
			case 'diagnostics':
				for (const d of part.items) this.diagnostics.push(d);
				return;
			case 'restart':
				this.organizations = [];
				this.relations = [];
				this.#ends.clear();
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

	/** Organizations for the ends not seen before, source before target, as reconcile does. */
	#newEnds(relations: readonly Relation[]): Organization[] {
		const ends = this.#ends;
		const out: Organization[] = [];
		const see = (end: string) => {
			ends.add(end);
			out.push(inferredOrganization(end));
		};
		for (const r of relations) {
			if (!ends.has(r.source)) see(r.source);
			if (!ends.has(r.target)) see(r.target);
		}
		return out;
	}

	#organizations(items: Organization[]): void {
		for (const o of items) this.organizations.push(o);
		this.#sink?.organizations(items);
	}
}
