// Owns the layout of one graph: ForceAtlas2 in its worker (settings inferred from the graph) until
// the movement settles or the time budget runs out, then a noverlap pass so no node covers another.
// start/stop/restart/kill; `running` covers both phases. Filters never restart it: hidden nodes
// keep their place. Positions reach the graph (and so sigma) at most once per drawn frame.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { seededRandom } from '$lib/graph/random';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { ForceAtlasWorker } from './forceatlas-worker';
import { FramePacer } from './frame-pacer';
import { removeOverlaps, type Spacing } from './overlap-removal';

export interface LayoutOptions {
	/** Milliseconds after which ForceAtlas2 stops even if it still moves. */
	budgetMs?: number;
	/** Settled when mean movement per iteration < this fraction of the extent... */
	settleRatio?: number;
	/** ...for this many iterations in a row. */
	settleIterations?: number;
	/** How to space nodes after ForceAtlas2; null skips the noverlap pass. */
	spacing?: () => Spacing | null;
	/** Called when the whole layout (both phases) ends by itself. */
	onSettled?: (reason: 'settled' | 'budget') => void;
}

export type LayoutPhase = 'idle' | 'forces' | 'spacing';
type StopReason = 'settled' | 'budget' | 'user';

/** ForceAtlas2 settings for this graph: graphology's inferred ones, spread a little wider. */
export function layoutSettings(graph: SplinterGraph) {
	const inferred = forceAtlas2.inferSettings(graph);
	return { ...inferred, scalingRatio: 20, adjustSizes: false, linLogMode: false };
}

export class LayoutRunner {
	phase = $state<LayoutPhase>('idle');
	running = $derived(this.phase !== 'idle');
	/** ForceAtlas2 iterations of the current run, and when the last one ended (page time). */
	iterations = $state(0);
	iteratedAt = $state(0);
	/** Milliseconds the worker spent iterating in the current run (for benchmarks). */
	iterationMs = 0;
	/** Milliseconds after which ForceAtlas2 stops even if it still moves (from the options). */
	budgetMs: number;
	lastStop = $state<StopReason | null>(null);

	#graph: SplinterGraph;
	#options: Required<Omit<LayoutOptions, 'onSettled' | 'spacing'>> &
		Pick<LayoutOptions, 'onSettled' | 'spacing'>;
	#worker: ForceAtlasWorker;
	#pacer = new FramePacer();
	#startedAt = 0;
	#stopping: StopReason | null = null;
	#restarts = 0;
	#cancelSpacing: (() => void) | null = null;

	constructor(graph: SplinterGraph, options: LayoutOptions = {}) {
		this.#graph = graph;
		this.#options = { budgetMs: 8000, settleRatio: 0.0005, settleIterations: 20, ...options };
		this.budgetMs = this.#options.budgetMs;
		this.#worker = new ForceAtlasWorker({
			onProgress: ({ iterations, busy, at }) => {
				this.iterations = iterations;
				this.iterationMs = busy;
				this.iteratedAt = at;
				if (this.phase === 'forces' && !this.#stopping && at - this.#startedAt > this.budgetMs)
					this.stop('budget');
			},
			onPositions: (xy, final) => this.#receive(xy, final)
		});
	}

	start(): void {
		if (this.phase !== 'idle' || this.#graph.order === 0) return;
		this.#startedAt = performance.now();
		this.#stopping = null;
		this.lastStop = null;
		this.iterations = 0;
		this.phase = 'forces';
		this.#worker.start(this.#graph, layoutSettings(this.#graph), {
			ratio: this.#options.settleRatio,
			iterations: this.#options.settleIterations
		});
		this.#worker.requestPositions();
	}

	/** Stops ForceAtlas2 and goes on to the noverlap pass; stopping during that pass ends it. */
	stop(reason: StopReason = 'user'): void {
		if (this.phase === 'forces' && !this.#stopping) {
			// The worker answers with its last positions; the noverlap pass starts from those.
			this.#stopping = reason;
			this.#pacer.cancel();
			this.#worker.stop();
		} else if (this.phase === 'spacing' || this.#stopping) {
			this.#halt();
		}
	}

	/** Scatters the nodes again (seeded: the n-th restart always gives the same result) and runs. */
	restart(): void {
		this.#halt();
		const random = seededRandom(1000 + ++this.#restarts);
		const radius = Math.sqrt(this.#graph.order) * 10 + 1;
		this.#graph.updateEachNodeAttributes(
			(_node, attributes) => {
				const angle = random() * Math.PI * 2;
				const r = Math.sqrt(random()) * radius;
				return { ...attributes, x: Math.cos(angle) * r, y: Math.sin(angle) * r };
			},
			{ attributes: ['x', 'y'] }
		);
		this.start();
	}

	kill(): void {
		this.#halt();
		this.#worker.kill();
	}

	/** Stops either phase at once, with no noverlap pass. */
	#halt(): void {
		this.#pacer.cancel();
		if (this.phase === 'forces') this.#worker.abandon();
		this.#stopping = null;
		this.#cancelSpacing?.();
		this.#cancelSpacing = null;
		if (this.phase !== 'idle') this.lastStop = 'user';
		this.phase = 'idle';
	}

	#receive(xy: Float32Array, final: 'stopped' | 'settled' | null): void {
		if (this.phase !== 'forces') return;
		const appliedAt = performance.now();
		let i = 0;
		this.#graph.updateEachNodeAttributes(
			(_node, attributes) => {
				attributes.x = xy[i++]!;
				attributes.y = xy[i++]!;
				return attributes;
			},
			{ attributes: ['x', 'y'] }
		);
		if (final) {
			const reason = final === 'settled' ? 'settled' : (this.#stopping ?? 'user');
			this.#stopping = null;
			this.lastStop = reason;
			this.#space(reason);
		} else this.#pacer.drawn(appliedAt, () => this.#worker.requestPositions());
	}

	#space(reason: StopReason): void {
		const spacing = this.#options.spacing?.() ?? null;
		const end = () => {
			this.#cancelSpacing = null;
			this.phase = 'idle';
			if (reason !== 'user') this.#options.onSettled?.(reason);
		};
		if (!spacing) return end();
		this.phase = 'spacing';
		this.#cancelSpacing = removeOverlaps(this.#graph, spacing, end);
	}
}
