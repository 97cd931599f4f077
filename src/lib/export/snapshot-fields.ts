// Reading a snapshot's JSON field by field: each value is checked for its type (and dates for
// their form), and the first wrong one throws a SnapshotError naming its path in the file.
import { setOwn } from '$lib/data/own-record';
import type { Congress, Membership, Organization, Relation, RowOrigin } from '$lib/data/types';
import { MEMBERSHIP_KINDS } from '$lib/data/vocabulary';

export class SnapshotError extends Error {}

export type Json = unknown;
const DATE = /^(\d{4}(-\d{2}(-\d{2})?)?)?$/;

export class Reader {
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

export function organization(r: Reader): Organization {
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

export function relation(r: Reader): Relation {
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

export function congress(r: Reader): Congress {
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

export function membership(r: Reader): Membership {
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
