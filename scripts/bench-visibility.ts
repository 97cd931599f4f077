// Times one time/filter change (composeVisibility over the graph index) at the graph sizes of
// docs/performance.md, against one bare pass over the graph's edges in the same run.
// Run: npx tsx scripts/bench-visibility.ts
import { MultiGraph } from 'graphology';
import type { SplinterGraph } from '../src/lib/graph/build-graph';
import { NO_FILTERS, composeVisibility } from '../src/lib/graph/compose-visibility';
import { indexGraph } from '../src/lib/graph/graph-index';
import { seededRandom } from '../src/lib/graph/random';
import { yearSpan } from '../src/lib/graph/time-rules';

const SIZES = {
	S: [1_000, 5_000],
	M: [10_000, 50_000],
	L: [50_000, 250_000],
	XL: [100_000, 500_000]
};
const TYPES = ['split', 'merger', 'member_of', 'cooperation', 'co_signature', 'predecessor'];

function generate(n: number, m: number): SplinterGraph {
	const random = seededRandom(1);
	const year = () => String(1990 + Math.floor(random() * 30));
	const graph: SplinterGraph = new MultiGraph();
	for (let i = 0; i < n; i++) {
		graph.addNode(`n${i}`, {
			label: `n${i}`,
			kind: random() < 0.1 ? 'statement' : 'party',
			x: random(),
			y: random(),
			size: 1,
			color: '',
			founded: random() < 0.7 ? year() : '',
			dissolved: random() < 0.2 ? year() : ''
		});
	}
	for (let e = 0; e < m; e++) {
		const start = random() < 0.8 ? year() : '';
		const end = random() < 0.3 ? year() : '';
		graph.addEdgeWithKey(`e${e}`, `n${Math.floor(random() * n)}`, `n${Math.floor(random() * n)}`, {
			relation: TYPES[e % TYPES.length]!,
			weight: 1,
			label: '',
			start: start && end && end < start ? end : start,
			end: start && end && end < start ? start : end
		});
	}
	return graph;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(run: () => void, repeats = 9): number {
	const out: number[] = [];
	for (let i = 0; i < repeats; i++) {
		const t0 = performance.now();
		run();
		out.push(performance.now() - t0);
	}
	return median(out);
}

console.log(
	'size | nodes | edges | index (once) ms | time change ms | time + 3 filters ms | bare edge pass ms'
);
for (const [name, [n, m]] of Object.entries(SIZES)) {
	const graph = generate(n, m);
	const t0 = performance.now();
	const index = indexGraph(graph);
	const indexMs = performance.now() - t0;
	let year = 1990;
	const change = time(() => {
		composeVisibility(index, {
			span: yearSpan((year++ % 30) + 1990),
			recentYears: 3,
			filters: NO_FILTERS,
			selected: null,
			communityOf: null
		});
	});
	const filtered = time(() => {
		composeVisibility(index, {
			span: yearSpan((year++ % 30) + 1990),
			recentYears: 3,
			selected: null,
			communityOf: null,
			filters: { ...NO_FILTERS, hiddenRelations: ['split'], minDegree: 2, hideIsolates: true }
		});
	});
	let sink = 0;
	const bare = time(() => graph.forEachEdge((_e, a) => (sink += a.start.length)));
	console.log(
		`${name} | ${n} | ${m} | ${indexMs.toFixed(0)} | ${change.toFixed(1)} | ${filtered.toFixed(1)} | ${bare.toFixed(1)}${sink < 0 ? '' : ''}`
	);
}
