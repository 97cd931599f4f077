// Owns the layout of one graph: ForceAtlas2 in its worker (settings inferred from the graph) until
// the movement settles or the time budget runs out, then a noverlap pass so no node covers another.
// start/stop/restart/kill; `running` covers both phases. Filters never restart it: hidden nodes
// keep their place.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { seededRandom } from '$lib/graph/random';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
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

/** ForceAtlas2 settings for this graph: graphology's inferred ones, spread a little wider. */
export function layoutSettings(graph: SplinterGraph) {
	const inferred = forceAtlas2.inferSettings(graph);
	return { ...inferred, scalingRatio: 20, adjustSizes: false, linLogMode: false };
}

export class LayoutRunner {
	phase = $state<LayoutPhase>('idle');
	running = $derived(this.phase !== 'idle');
	iterations = $state(0);
	lastStop = $state<'settled' | 'budget' | 'user' | null>(null);

	#graph: SplinterGraph;
	#supervisor: FA2LayoutSupervisor;
	#options: Required<Omit<LayoutOptions, 'onSettled' | 'spacing'>> &
		Pick<LayoutOptions, 'onSettled' | 'spacing'>;
	#previous: Float64Array<ArrayBufferLike> = new Float64Array(0);
	#calm = 0;
	#startedAt = 0;
	#restarts = 0;
	#cancelSpacing: (() => void) | null = null;
	#onUpdate = () => this.#afterIteration();

	constructor(graph: SplinterGraph, options: LayoutOptions = {}) {
		this.#graph = graph;
		this.#options = { budgetMs: 8000, settleRatio: 0.0005, settleIterations: 20, ...options };
		this.#supervisor = new FA2LayoutSupervisor(graph, {
			settings: layoutSettings(graph),
			getEdgeWeight: null
		});
		graph.on('eachNodeAttributesUpdated', this.#onUpdate);
	}

	start(): void {
		if (this.phase !== 'idle' || this.#graph.order === 0) return;
		this.#previous = this.#positions();
		this.#calm = 0;
		this.#startedAt = performance.now();
		this.lastStop = null;
		this.phase = 'forces';
		this.#supervisor.start();
	}

	/** Stops ForceAtlas2 and goes on to the noverlap pass; stopping during that pass ends it. */
	stop(reason: 'settled' | 'budget' | 'user' = 'user'): void {
		if (this.phase === 'forces') {
			this.#supervisor.stop();
			this.lastStop = reason;
			this.#space(reason);
		} else if (this.phase === 'spacing') {
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
		this.iterations = 0;
		this.start();
	}

	kill(): void {
		this.#graph.off('eachNodeAttributesUpdated', this.#onUpdate);
		this.#halt();
		this.#supervisor.kill();
	}

	/** Stops either phase at once, with no noverlap pass. */
	#halt(): void {
		if (this.phase === 'forces') this.#supervisor.stop();
		this.#cancelSpacing?.();
		this.#cancelSpacing = null;
		if (this.phase !== 'idle') this.lastStop = 'user';
		this.phase = 'idle';
	}

	#space(reason: 'settled' | 'budget' | 'user'): void {
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

	#positions(): Float64Array {
		const out = new Float64Array(this.#graph.order * 2);
		let i = 0;
		this.#graph.forEachNode((_, a) => {
			out[i++] = a.x;
			out[i++] = a.y;
		});
		return out;
	}

	#afterIteration(): void {
		if (this.phase !== 'forces') return;
		this.iterations++;
		const now = this.#positions();
		let moved = 0;
		let minX = Infinity;
		let maxX = -Infinity;
		let minY = Infinity;
		let maxY = -Infinity;
		for (let i = 0; i < now.length; i += 2) {
			const x = now[i]!;
			const y = now[i + 1]!;
			moved += Math.hypot(x - (this.#previous[i] ?? x), y - (this.#previous[i + 1] ?? y));
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		this.#previous = now;
		const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
		const mean = moved / Math.max(1, now.length / 2);
		this.#calm = mean < extent * this.#options.settleRatio ? this.#calm + 1 : 0;
		if (this.#calm >= this.#options.settleIterations) this.stop('settled');
		else if (performance.now() - this.#startedAt > this.#options.budgetMs) this.stop('budget');
	}
}
