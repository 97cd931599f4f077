// Seeded benchmark graphs written as CSV edge lists, so the whole import pipeline runs on them.
// Clustered like real movements (communities of ~40 organizations, most ties inside them), with
// relation types and dates from our vocabulary. Same seed, same bytes.
import { seededRandom } from '../src/lib/graph/random';
import { RELATION_TYPES } from '../src/lib/data/vocabulary';

export interface BenchSize {
	name: 'S' | 'M' | 'L' | 'XL';
	nodes: number;
	edges: number;
}

export const SIZES: BenchSize[] = [
	{ name: 'S', nodes: 1_000, edges: 5_000 },
	{ name: 'M', nodes: 10_000, edges: 50_000 },
	{ name: 'L', nodes: 50_000, edges: 250_000 },
	{ name: 'XL', nodes: 100_000, edges: 500_000 }
];

const COMMUNITY = 40;

/** The CSV text of one graph; `padding` adds a notes column of that many characters per row. */
export function generateEdgeList(
	size: Pick<BenchSize, 'nodes' | 'edges'>,
	seed = 7,
	padding = 0
): string {
	const random = seededRandom(seed);
	const pick = (n: number) => Math.floor(random() * n);
	const filler = padding > 0 ? 'x'.repeat(padding) : '';
	const lines = [
		padding > 0
			? 'source,target,type,start,end,weight,notes'
			: 'source,target,type,start,end,weight'
	];
	const communities = Math.max(1, Math.ceil(size.nodes / COMMUNITY));
	const row = (a: number, b: number) => {
		const type = RELATION_TYPES[pick(RELATION_TYPES.length)]!;
		const start = 1989 + pick(35);
		const end = random() < 0.4 ? String(start + 1 + pick(10)) : '';
		const cells = [`org-${a}`, `org-${b}`, type, String(start), end, String(1 + pick(5))];
		if (filler) cells.push(filler);
		lines.push(cells.join(','));
	};
	// A spanning chain first, so every node appears in the edge list.
	for (let i = 1; i < size.nodes && lines.length <= size.edges; i++) row(i, pick(i));
	while (lines.length <= size.edges) {
		const a = pick(size.nodes);
		const inside = random() < 0.85;
		const community = inside ? Math.floor(a / COMMUNITY) : pick(communities);
		const b = Math.min(size.nodes - 1, community * COMMUNITY + pick(COMMUNITY));
		row(a, b === a ? (a + 1) % size.nodes : b);
	}
	return lines.join('\n') + '\n';
}
