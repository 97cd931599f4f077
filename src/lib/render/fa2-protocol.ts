// Messages between the layout runner and its ForceAtlas2 worker. The worker iterates on its own;
// the page only asks for positions when it can draw them, so the layout never waits for drawing.

/** Floats per node in graphology's FA2 node matrix; x and y come first. */
export const NODE_STRIDE = 10;

export interface SettleRule {
	/** Settled when the mean movement per iteration is under this fraction of the extent... */
	ratio: number;
	/** ...for this many iterations in a row. */
	iterations: number;
}

export type Fa2Request =
	| {
			kind: 'start';
			run: number;
			nodes: ArrayBuffer;
			edges: ArrayBuffer;
			settings: Record<string, unknown>;
			settle: SettleRule;
	  }
	/** Send positions after the iteration under way. */
	| { kind: 'positions'; run: number }
	/** Stop iterating and send the last positions. */
	| { kind: 'stop'; run: number };

export interface Fa2Progress {
	run: number;
	iterations: number;
	/** Milliseconds spent inside the iterations so far (the rest of the time the worker waited). */
	busy: number;
	/** When the last iteration ended (epoch ms, comparable across threads). */
	at: number;
}

export type Fa2Response =
	| ({ kind: 'tick' } & Fa2Progress)
	| ({
			kind: 'positions';
			/** x, y of each node in graph order. */
			xy: Float32Array;
			/** The layout stopped: asked to, or settled by the rule. */
			final: 'stopped' | 'settled' | null;
	  } & Fa2Progress);
