// Linear or logarithmic: membership figures from a faction of 50 to a party of 150,000 would leave
// every small bar invisible on a linear axis, so values spanning more than two orders of magnitude
// get a log scale (and the axis says so).

export type ScaleKind = 'linear' | 'log';

/** max / min above this means "more than two orders of magnitude". */
export const LOG_RATIO = 100;

export function chooseScale(values: readonly number[]): ScaleKind {
	if (values.length === 0) return 'linear';
	const min = Math.min(...values);
	const max = Math.max(...values);
	// A log axis cannot show 0; such a chart stays linear.
	return min > 0 && max / min > LOG_RATIO ? 'log' : 'linear';
}

/**
 * The value axis's extent. Log: from the power of ten below the smallest value (strictly below,
 * so the smallest bar keeps a length) to the power of ten at or above the largest. Linear: from 0.
 */
export function valueDomain(values: readonly number[], kind: ScaleKind): [number, number] {
	const max = values.length ? Math.max(...values) : 1;
	if (kind === 'linear') return [0, max > 0 ? max : 1];
	const min = Math.min(...values);
	return [10 ** (Math.ceil(Math.log10(min)) - 1), 10 ** Math.max(1, Math.ceil(Math.log10(max)))];
}

/** Tick values of a log axis: the powers of ten in the domain. */
export function powersOfTen([low, high]: [number, number]): number[] {
	const ticks: number[] = [];
	for (let e = Math.ceil(Math.log10(low)); e <= Math.floor(Math.log10(high)); e++)
		ticks.push(10 ** e);
	return ticks;
}
