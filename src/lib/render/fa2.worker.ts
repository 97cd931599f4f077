// Module worker: ForceAtlas2 (graphology's own iteration function) in a loop that yields between
// iterations but never waits for the page. graphology's supervisor does one iteration per round
// trip, so a page busy drawing stalls the layout; here drawing and iterating overlap.
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import { NODE_STRIDE, type Fa2Request, type Fa2Response, type SettleRule } from './fa2-protocol';

const TICK_MS = 250;

let run = -1;
let running = false;
let nodes = new Float32Array(0);
let edges = new Float32Array(0);
let settings: Record<string, unknown> = {};
let settle: SettleRule = { ratio: 0, iterations: Infinity };
let previous = new Float32Array(0);
let iterations = 0;
let busy = 0;
let calm = 0;
let positionsWanted = false;
let lastTick = 0;

const post = (message: Fa2Response, transfer: Transferable[] = []) =>
	self.postMessage(message, { transfer });
const now = () => performance.timeOrigin + performance.now();

function sendPositions(final: 'stopped' | 'settled' | null) {
	const count = nodes.length / NODE_STRIDE;
	const xy = new Float32Array(count * 2);
	for (let i = 0; i < count; i++) {
		xy[2 * i] = nodes[i * NODE_STRIDE]!;
		xy[2 * i + 1] = nodes[i * NODE_STRIDE + 1]!;
	}
	post({ kind: 'positions', run, iterations, busy, at: now(), xy, final }, [xy.buffer]);
}

/** Mean movement of this iteration against the extent of the layout: true once settled. */
function settled(): boolean {
	const count = nodes.length / NODE_STRIDE;
	// One node has no extent to measure against: gravity would move it a little forever.
	if (count < 2) return true;
	let moved = 0;
	let minX = Infinity;
	let maxX = -Infinity;
	let minY = Infinity;
	let maxY = -Infinity;
	for (let i = 0; i < count; i++) {
		const x = nodes[i * NODE_STRIDE]!;
		const y = nodes[i * NODE_STRIDE + 1]!;
		moved += Math.hypot(x - previous[2 * i]!, y - previous[2 * i + 1]!);
		previous[2 * i] = x;
		previous[2 * i + 1] = y;
		if (x < minX) minX = x;
		if (x > maxX) maxX = x;
		if (y < minY) minY = y;
		if (y > maxY) maxY = y;
	}
	const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
	calm = moved / Math.max(1, count) < extent * settle.ratio ? calm + 1 : 0;
	return calm >= settle.iterations;
}

// A message to ourselves yields to incoming messages (stop, positions) without a timer's delay.
const loop = new MessageChannel();
loop.port1.onmessage = () => step();

function step() {
	if (!running) return;
	const started = performance.now();
	iterate(settings, nodes, edges);
	busy += performance.now() - started;
	iterations++;
	if (settled()) {
		running = false;
		return sendPositions('settled');
	}
	if (positionsWanted) {
		positionsWanted = false;
		sendPositions(null);
	} else if (now() - lastTick >= TICK_MS) {
		lastTick = now();
		post({ kind: 'tick', run, iterations, busy, at: lastTick });
	}
	loop.port2.postMessage(null);
}

self.onmessage = (event: MessageEvent<Fa2Request>) => {
	const message = event.data;
	if (message.kind === 'start') {
		run = message.run;
		nodes = new Float32Array(message.nodes);
		edges = new Float32Array(message.edges);
		settings = message.settings;
		settle = message.settle;
		previous = new Float32Array((nodes.length / NODE_STRIDE) * 2);
		for (let i = 0; i < previous.length / 2; i++) {
			previous[2 * i] = nodes[i * NODE_STRIDE]!;
			previous[2 * i + 1] = nodes[i * NODE_STRIDE + 1]!;
		}
		iterations = 0;
		busy = 0;
		calm = 0;
		positionsWanted = false;
		lastTick = now();
		running = true;
		loop.port2.postMessage(null);
	} else if (message.run !== run) {
		return;
	} else if (message.kind === 'positions') {
		positionsWanted = true;
	} else if (running) {
		running = false;
		sendPositions('stopped');
	}
};
