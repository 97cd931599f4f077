// The page's side of the ForceAtlas2 worker (fa2.worker.ts): builds graphology's matrices, starts
// and stops runs, and hands over positions and progress. One worker per layout runner, reused
// across runs; a run id keeps answers from an earlier run from reaching the next one.
import type { SplinterGraph } from '$lib/graph/build-graph';
import { graphToByteArrays, validateSettings } from 'graphology-layout-forceatlas2/helpers.js';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults.js';
import type { Fa2Progress, Fa2Request, Fa2Response, SettleRule } from './fa2-protocol';

export interface ForceAtlasHandlers {
	onProgress(progress: Fa2Progress): void;
	onPositions(xy: Float32Array, final: 'stopped' | 'settled' | null): void;
}

export class ForceAtlasWorker {
	#worker: Worker | null = null;
	#run = 0;
	#handlers: ForceAtlasHandlers;

	constructor(handlers: ForceAtlasHandlers) {
		this.#handlers = handlers;
	}

	start(graph: SplinterGraph, settings: Record<string, unknown>, settle: SettleRule): void {
		const merged = { ...DEFAULT_SETTINGS, ...settings };
		const invalid = validateSettings(merged);
		if (invalid) throw new Error(`layout: ${invalid.message}`);
		// Edge weights are not forces here: every relation pulls the same.
		const { nodes, edges } = graphToByteArrays(graph, () => 1);
		this.#post(
			{
				kind: 'start',
				run: ++this.#run,
				nodes: nodes.buffer as ArrayBuffer,
				edges: edges.buffer as ArrayBuffer,
				settings: merged,
				settle
			},
			[nodes.buffer as ArrayBuffer, edges.buffer as ArrayBuffer]
		);
	}

	requestPositions(): void {
		this.#post({ kind: 'positions', run: this.#run });
	}

	/** Stops the run; the last positions still arrive (with final 'stopped'). */
	stop(): void {
		this.#post({ kind: 'stop', run: this.#run });
	}

	/** Forgets the run at once: nothing more arrives from it. */
	abandon(): void {
		this.stop();
		this.#run++;
	}

	kill(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#run++;
	}

	#post(message: Fa2Request, transfer: Transferable[] = []): void {
		this.#worker ??= this.#spawn();
		this.#worker.postMessage(message, transfer);
	}

	#spawn(): Worker {
		const worker = new Worker(new URL('./fa2.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<Fa2Response>) => {
			const message = event.data;
			if (message.run !== this.#run) return;
			this.#handlers.onProgress({
				run: message.run,
				iterations: message.iterations,
				busy: message.busy,
				at: message.at - performance.timeOrigin
			});
			if (message.kind === 'positions') this.#handlers.onPositions(message.xy, message.final);
		};
		return worker;
	}
}
