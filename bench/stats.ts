// Small statistics and formatting for benchmark results.

export function median(values: number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export interface Row {
	scenario: string;
	size: string;
	app: string;
	baseline: string;
	ratio: string;
	target: string;
	verdict: string;
}

export function markdownTable(rows: Row[]): string {
	const head = ['scenario', 'size', 'app (median)', 'baseline (median)', 'ratio', 'target', 'met?'];
	const lines = [
		`| ${head.join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map(
			(r) =>
				`| ${[r.scenario, r.size, r.app, r.baseline, r.ratio, r.target, r.verdict].join(' | ')} |`
		)
	];
	return lines.join('\n');
}

export const fmt = {
	ms: (v: number) => `${v.toFixed(0)} ms`,
	rate: (v: number) => `${v.toFixed(1)} it/s`,
	mbps: (bytes: number, ms: number) => `${(bytes / 1048576 / (ms / 1000)).toFixed(1)} MiB/s`,
	kb: (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`,
	ratio: (v: number) => v.toFixed(2)
};
