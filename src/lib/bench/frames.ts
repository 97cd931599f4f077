// Main-thread stalls as the browser reports them: long animation frames and long tasks (both only
// report work over 50 ms), plus the largest gap between ticks of a 10 ms timer, which shows any
// shorter stall too. A stall that spans the end of a window counts only up to that end.
export interface StallReport {
	/** Longest long-animation-frame or long task, in ms (0 when none exceeded 50 ms). */
	longest: number;
	/** Largest gap between two ticks of a 10 ms interval, in ms. */
	timerGap: number;
}

/** Collects stalls until stopped; then reports those inside a window, clipped to it. */
export function watchStalls(): { stop(): void; between(from: number, to: number): StallReport } {
	const spans: { start: number; end: number }[] = [];
	const add = (entries: PerformanceEntryList) => {
		for (const e of entries) spans.push({ start: e.startTime, end: e.startTime + e.duration });
	};
	const frames = new PerformanceObserver((list) => add(list.getEntries()));
	frames.observe({ type: 'long-animation-frame', buffered: false });
	const tasks = new PerformanceObserver((list) => add(list.getEntries()));
	tasks.observe({ type: 'longtask', buffered: false });
	const gaps: { start: number; end: number }[] = [];
	let last = performance.now();
	const timer = setInterval(() => {
		const now = performance.now();
		gaps.push({ start: last, end: now });
		last = now;
	}, 10);
	const longestIn = (list: typeof spans, from: number, to: number) => {
		let longest = 0;
		for (const s of list)
			longest = Math.max(longest, Math.min(s.end, to) - Math.max(s.start, from));
		return longest;
	};
	return {
		stop() {
			clearInterval(timer);
			for (const observer of [frames, tasks]) {
				add(observer.takeRecords());
				observer.disconnect();
			}
		},
		between: (from, to) => ({
			longest: longestIn(spans, from, to),
			timerGap: longestIn(gaps, from, to)
		})
	};
}

export const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The end time of the latest `performance.measure` of this name after `since`, or null. */
export function measuredEnd(name: string, since: number): number | null {
	const entries = performance.getEntriesByName(name, 'measure').filter((e) => e.startTime >= since);
	const last = entries[entries.length - 1];
	return last ? last.startTime + last.duration : null;
}

export async function waitFor<T>(probe: () => T | null | undefined, timeoutMs = 120_000) {
	const until = performance.now() + timeoutMs;
	for (;;) {
		const value = probe();
		if (value !== null && value !== undefined && value !== false) return value;
		if (performance.now() > until) throw new Error('bench: timed out waiting');
		await sleep(20);
	}
}
