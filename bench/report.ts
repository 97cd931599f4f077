// bench/RESULTS.md: the machine, the date, the exact command, the table. The notes on what each
// figure means and the before/after history live in bench/NOTES.md and are copied in unchanged.
// The figures of the last run are kept in bench/out/last-run.json, so that the report can be
// written again with edited notes (`npm run bench -- --report`) without measuring anew.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import * as prettier from 'prettier';
import { chromiumPath } from '../scripts/chromium-path.js';
import { SIZES } from './generate';

export interface RunRecord {
	command: string;
	date: string;
	machine: string;
	load: string;
	chromium: string;
	renderer: string;
	minutes: number;
	runs: number;
	table: string;
	/** Every run's raw figures, per size (for a closer look than the table's medians). */
	raw?: unknown;
}

export const LAST_RUN = 'bench/out/last-run.json';

export function describeRun(
	input: Pick<RunRecord, 'command' | 'renderer' | 'minutes' | 'runs' | 'table' | 'raw'>
): RunRecord {
	return {
		...input,
		date: new Date().toISOString().slice(0, 16) + 'Z',
		machine: `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
		load: loadavg()
			.map((l) => l.toFixed(1))
			.join(', '),
		chromium: chromiumPath() ?? 'Playwright Chromium'
	};
}

function render(run: RunRecord): string {
	const notes = existsSync('bench/NOTES.md') ? readFileSync('bench/NOTES.md', 'utf8').trim() : '';
	const few = Math.min(run.runs, 2);
	return `# Benchmark results

Measured by \`${run.command}\` on ${run.date}: ${run.machine}, load average at the end ${run.load}
(the machine is shared with other engineers' builds and tests: absolute times are noisy, ratios
are what count), headless Chromium (${run.chromium}), WebGL by ${run.renderer || 'unknown'}.
The whole run took ${run.minutes.toFixed(1)} min. Ingest at every size, and filter/time changes,
camera, hover and layout at M and L, are medians of ${run.runs} runs, each in a fresh page; the
other figures at S and XL come from the first run, the 50 MB import from ${few}. Every ratio compares
against a baseline measured in the same page and run.

${run.table}

Sizes: ${SIZES.map((s) => `${s.name} ${s.nodes.toLocaleString('en')} nodes / ${s.edges.toLocaleString('en')} edges`).join(', ')};
XL+ is the 50 MB file (100,000 nodes / 500,000 edges with a 60-character notes column).

${notes}
`;
}

/** Writes the report as prettier would, so that `npm run lint` passes with it as it is. */
export async function writeReport(run: RunRecord, out: string): Promise<void> {
	const options = (await prettier.resolveConfig(out)) ?? {};
	writeFileSync(out, await prettier.format(render(run), { ...options, filepath: out }));
}
