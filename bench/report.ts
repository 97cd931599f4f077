// bench/RESULTS.md: the machine, the date, the exact command, the table. The notes on what each
// figure means and the before/after history live in bench/NOTES.md and are copied in unchanged.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromiumPath } from '../scripts/chromium-path.js';
import { SIZES } from './generate';

export interface ReportInput {
	command: string;
	runs: number;
	renderer: string;
	minutes: number;
	table: string;
}

export function report(input: ReportInput): string {
	const notes = existsSync('bench/NOTES.md') ? readFileSync('bench/NOTES.md', 'utf8').trim() : '';
	const load = loadavg()
		.map((l) => l.toFixed(1))
		.join(', ');
	return `# Benchmark results

Measured by \`${input.command}\` on ${new Date().toISOString().slice(0, 16)}Z:
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average at the end
${load} (the machine is shared: absolute times are noisy, ratios are what count), headless Chromium
(${chromiumPath() ?? 'Playwright Chromium'}), WebGL by ${input.renderer || 'unknown'}.
The whole run took ${input.minutes.toFixed(1)} min. Every figure is a median of ${input.runs} runs,
each in a fresh page; every ratio compares against a baseline measured in the same page and run.

${input.table}

Sizes: ${SIZES.map((s) => `${s.name} ${s.nodes.toLocaleString('en')} nodes / ${s.edges.toLocaleString('en')} edges`).join(', ')};
XL+ is the 50 MB file (100,000 nodes / 500,000 edges with a 60-character notes column).

${notes}
`;
}
