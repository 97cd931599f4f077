// Owns the ForceAtlas2 worker for one graph: start/stop/kill, progress, and a stop of its own
// when the layout settles (mean movement per iteration below a fraction of the graph's extent)
// or when its time budget runs out.
import type { SplinterGraph } from '$lib/graph/build-graph';
import FA2LayoutSupervisor from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutOptions {
	/** Milliseconds after which the layout stops even if it still moves. */
	budgetMs?: number;
	/** Settled when mean movement per iteration < this fraction of the extent... */
	settleRatio?: number;
	/** ...for this many iterations in a row. */
	settleIterations?: number;
	/** Called when the layout stops by itself (settled or out of time). */
	onSettled?: (reason: 'settled' | 'budget') => void;
}

export class LayoutRunner {
	running = $state(false);
	iterations = $state(0);
	lastStop = $state<'settled' | 'budget' | 'user' | null>(null);

	#graph: SplinterGraph;
	#supervisor: FA2LayoutSupervisor;
	#options: Required<Omit<LayoutOptions, 'onSettled'>> & Pick<LayoutOptions, 'onSettled'>;
	#previous: Float64Array<ArrayBufferLike> = new Float64Array(0);
	#calm = 0;
	#startedAt = 0;
	#onUpdate = () => this.#afterIteration();

	constructor(graph: SplinterGraph, options: LayoutOptions = {}) {
		this.#graph = graph;
		this.#options = { budgetMs: 8000, settleRatio: 0.0005, settleIterations: 20, ...options };
		const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false };
		this.#supervisor = new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: null });
		graph.on('eachNodeAttributesUpdated', this.#onUpdate);
	}

	start(): void {
		if (this.running || this.#graph.order === 0) return;
		this.#previous = this.#positions();
		this.#calm = 0;
		this.#startedAt = performance.now();
		this.lastStop = null;
		this.running = true;
		this.#supervisor.start();
	}

	stop(reason: 'settled' | 'budget' | 'user' = 'user'): void {
		if (!this.running) return;
		this.#supervisor.stop();
		this.running = false;
		this.lastStop = reason;
		if (reason !== 'user') this.#options.onSettled?.(reason);
	}

	kill(): void {
		this.#graph.off('eachNodeAttributesUpdated', this.#onUpdate);
		this.#supervisor.kill();
		this.running = false;
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
		if (!this.running) return;
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
