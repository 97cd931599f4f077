// Two-mode → one-mode projection: statements (co_signature edges) and blocs (member_of edges) become
// direct ties between the organizations that share them, weighted by how many they share, with the
// list of what they share. Built once per dataset as a second graph; the original is untouched.
import { MultiGraph } from 'graphology';
import { lowerBound, upperBound } from '../data/dates';
import type { EdgeAttributes, SplinterGraph } from './build-graph';

export interface HubRule {
	/** Nodes of this kind are hubs... */
	kind: string;
	/** ...whose edges of this type link them to their members... */
	via: string;
	/** ...and each pair of members gets a tie of this type. */
	tie: string;
}

export const DEFAULT_HUB_RULES: readonly HubRule[] = [
	{ kind: 'statement', via: 'co_signature', tie: 'co_signature' },
	{ kind: 'coalition', via: 'member_of', tie: 'coalition' }
];

/** One statement or bloc two organizations share, with when they shared it. */
export interface SharedEvent {
	hub: string;
	label: string;
	start: string;
	end: string;
}

export interface Projection {
	graph: SplinterGraph;
	/** Tie edge key → what the two ends share (its length is the tie's weight). */
	shared: Map<string, SharedEvent[]>;
	/** Hub nodes left out because every edge they had became part of a tie. */
	removedHubs: string[];
}

interface Membership {
	start: string;
	end: string;
}

/** Key of the tie between two members; the order of a and b does not matter. */
export function tieKey(tie: string, a: string, b: string): string {
	return a < b ? `tie:${tie}:${a}|${b}` : `tie:${tie}:${b}|${a}`;
}

export function projectTwoMode(
	graph: SplinterGraph,
	rules: readonly HubRule[] = DEFAULT_HUB_RULES
): Projection {
	const ruleOf = new Map<string, HubRule>();
	graph.forEachNode((node, a) => {
		const rule = rules.find((r) => r.kind === a.kind);
		if (rule) ruleOf.set(node, rule);
	});

	// An edge is absorbed into ties when it is a hub's `via` edge to a member that is not a hub.
	const absorbed = new Set<string>();
	const members = new Map<string, Map<string, Membership>>();
	graph.forEachEdge((edge, a, source, target) => {
		const sourceRule = ruleOf.get(source);
		const targetRule = ruleOf.get(target);
		if (!sourceRule === !targetRule) return;
		const [hub, member, rule] = sourceRule
			? [source, target, sourceRule]
			: [target, source, targetRule!];
		if (a.relation !== rule.via) return;
		absorbed.add(edge);
		const list = members.get(hub) ?? new Map<string, Membership>();
		members.set(hub, list);
		const known = list.get(member);
		// A member linked twice keeps the earliest start and the latest end.
		list.set(member, known ? widen(known, a) : { start: a.start, end: a.end });
	});

	const removedHubs: string[] = [];
	const projected: SplinterGraph = new MultiGraph({ allowSelfLoops: true });
	graph.forEachNode((node, a) => {
		const edges = graph.edges(node);
		const keep = !ruleOf.has(node) || edges.length === 0 || edges.some((e) => !absorbed.has(e));
		if (keep) projected.addNode(node, { ...a });
		else removedHubs.push(node);
	});
	graph.forEachEdge((edge, a, source, target) => {
		if (absorbed.has(edge)) return;
		if (graph.isDirected(edge)) projected.addDirectedEdgeWithKey(edge, source, target, { ...a });
		else projected.addUndirectedEdgeWithKey(edge, source, target, { ...a });
	});

	const shared = new Map<string, SharedEvent[]>();
	const pairs = new Map<string, { tie: string; a: string; b: string }>();
	for (const [hub, list] of members) {
		const rule = ruleOf.get(hub)!;
		const hubAttributes = graph.getNodeAttributes(hub);
		const entries = [...list].sort(([a], [b]) => (a < b ? -1 : 1));
		for (let i = 0; i < entries.length; i++) {
			for (let j = i + 1; j < entries.length; j++) {
				const [a, ma] = entries[i]!;
				const [b, mb] = entries[j]!;
				const event: SharedEvent = {
					hub,
					label: hubAttributes.label,
					// Shared from when both were in until the first left; the hub's dates fill gaps.
					start: later(ma.start, mb.start) || hubAttributes.founded,
					end: earlier(ma.end, mb.end) || hubAttributes.dissolved
				};
				const key = tieKey(rule.tie, a, b);
				const events = shared.get(key);
				if (events) events.push(event);
				else {
					shared.set(key, [event]);
					pairs.set(key, { tie: rule.tie, a, b });
				}
			}
		}
	}
	for (const [key, { tie, a, b }] of pairs) {
		const events = shared.get(key)!;
		projected.addUndirectedEdgeWithKey(key, a, b, {
			relation: tie,
			weight: events.length,
			// The tie holds from the first shared event to the last one's end (unknown = open).
			start: events.some((e) => !e.start) ? '' : events.map((e) => e.start).reduce(earlier),
			end: events.some((e) => !e.end) ? '' : events.map((e) => e.end).reduce(later),
			label: events.map((e) => e.label).join('; ')
		});
	}
	return { graph: projected, shared, removedHubs };
}

function widen(known: Membership, a: EdgeAttributes): Membership {
	return {
		start: known.start === '' || a.start === '' ? '' : earlier(known.start, a.start),
		end: known.end === '' || a.end === '' ? '' : later(known.end, a.end)
	};
}

/** The later of two partial dates ('' = unknown, which yields the other). */
function later(a: string, b: string): string {
	if (!a || !b) return a || b;
	return upperBound(a) >= upperBound(b) ? a : b;
}

/** The earlier of two partial dates ('' = unknown, which yields the other). */
function earlier(a: string, b: string): string {
	if (!a || !b) return a || b;
	return lowerBound(a) <= lowerBound(b) ? a : b;
}
