// Year labels that never crowd: every year, or every 2nd, 5th, 10th… so that at most `max` fit.

const STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];

/** Years from..to (both included) to label, multiples of the step chosen. */
export function yearTicks(from: number, to: number, max: number): number[] {
	const room = Math.max(1, Math.floor(max));
	const span = to - from + 1;
	const step = STEPS.find((s) => Math.ceil(span / s) <= room) ?? Math.ceil(span / room);
	const ticks: number[] = [];
	for (let year = Math.ceil(from / step) * step; year <= to; year += step) ticks.push(year);
	return ticks;
}
