// Times every export of the Export menu in headless Chromium on the built site: the default
// dataset, and a generated graph of 2,000 nodes / 8,000 edges (bench/generate.ts, seeded). Each
// time is the app's own `splinter:export:<format>` measure (click → file handed to the browser),
// the median of several runs; results go to bench/EXPORT-RESULTS.md.
// With --large, also a graph of 50,000 nodes / 250,000 edges (slow: minutes a run).
// Run: npx tsx scripts/bench-export.ts [--runs 3] [--no-build] [--large]
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium, type Page } from 'playwright';
import { generateEdgeList } from '../bench/generate';
import { serveStatic } from '../bench/static-server';
import { median } from '../bench/stats';
import { chromiumArgs, chromiumPath } from './chromium-path.js';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const port = 4291;
const dataDir = 'bench/out/data';
if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
mkdirSync(dataDir, { recursive: true });
writeFileSync(`${dataDir}/export-2k.csv`, generateEdgeList({ nodes: 2_000, edges: 8_000 }, 5));
const large = args.includes('--large');
if (large)
	writeFileSync(
		`${dataDir}/export-50k.csv`,
		generateEdgeList({ nodes: 50_000, edges: 250_000 }, 5)
	);

interface Job {
	name: string;
	format: string;
	button: string;
	/** Image options set before the click: size preset and PNG scale. */
	size?: string;
	scale?: string;
	downloads?: number;
}
const JOBS: Job[] = [
	{ name: 'PNG, current view, 1×, caption', format: 'PNG', button: 'Download PNG' },
	{
		name: 'PNG, 1920 × 1080, 2×, caption',
		format: 'PNG',
		button: 'Download PNG',
		size: 'hd',
		scale: '2'
	},
	{ name: 'SVG, 1920 × 1080, caption', format: 'SVG', button: 'Download SVG', size: 'hd' },
	{ name: 'GEXF', format: 'GEXF', button: 'GEXF for Gephi' },
	{ name: 'GraphML', format: 'GraphML', button: 'GraphML' },
	{
		name: 'CSV (two files)',
		format: 'CSV',
		button: 'CSV (organizations and relations)',
		downloads: 2
	},
	{ name: 'Snapshot file', format: 'snapshot', button: 'Snapshot file (data and view)' }
];

interface Timing {
	ms: number;
	/** The longest long-animation-frame while the export ran: how long the page stopped. */
	longestFrame: number;
}

async function timeJob(page: Page, job: Job): Promise<Timing> {
	const menu = page.getByRole('group', { name: 'Export' });
	await menu.getByLabel('Size', { exact: true }).selectOption(job.size ?? 'current');
	await menu.getByLabel('PNG scale').selectOption(job.scale ?? '1');
	await page.evaluate(() => {
		performance.clearMeasures();
		const w = window as unknown as { longestFrame: number; frameWatch?: PerformanceObserver };
		w.longestFrame = 0;
		w.frameWatch?.disconnect();
		w.frameWatch = new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				w.longestFrame = Math.max(w.longestFrame, entry.duration);
		});
		w.frameWatch.observe({ type: 'long-animation-frame' });
	});
	const downloads: Promise<unknown>[] = [];
	for (let i = 0; i < (job.downloads ?? 1); i++)
		downloads.push(page.waitForEvent('download', { timeout: 600_000 }));
	await menu.getByRole('button', { name: job.button }).click();
	await Promise.all(downloads);
	const name = `splinter:export:${job.format}`;
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, {
		timeout: 600_000
	});
	// A frame is reported once it ends: let the one after the download end.
	await page.evaluate(
		() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)))
	);
	return page.evaluate(
		(n) => ({
			ms: performance.getEntriesByName(n)[0]!.duration,
			longestFrame: (window as unknown as { longestFrame: number }).longestFrame
		}),
		name
	);
}

const server = await serveStatic('build', dataDir, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const rows: string[] = [];
try {
	for (const [dataset, query] of [
		['default (77 nodes, 104 edges)', ''],
		['generated (2,000 nodes, 8,000 edges)', '&data=/__bench/export-2k.csv'],
		...(large
			? [['generated (50,000 nodes, 250,000 edges)', '&data=/__bench/export-50k.csv'] as const]
			: [])
	] as const) {
		const times = new Map<string, Timing[]>();
		for (let run = 0; run < runs; run++) {
			const page = await browser.newPage({
				viewport: { width: 1280, height: 800 },
				deviceScaleFactor: 1
			});
			await page.goto(`http://127.0.0.1:${port}/?test${query}`);
			await page.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 120_000 });
			await page.evaluate(() => window.__splinter!.stopLayout());
			await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, {
				timeout: 120_000
			});
			await page.getByRole('button', { name: 'Export', exact: true }).click();
			for (const job of JOBS) {
				const timing = await timeJob(page, job);
				times.set(job.name, [...(times.get(job.name) ?? []), timing]);
				console.log(
					`${dataset} · ${job.name}: ${timing.ms.toFixed(0)} ms, page stopped ${timing.longestFrame.toFixed(0)} ms`
				);
			}
			await page.close();
		}
		for (const job of JOBS) {
			const all = times.get(job.name)!;
			const ms = median(all.map((t) => t.ms));
			const frame = median(all.map((t) => t.longestFrame));
			rows.push(`| ${dataset} | ${job.name} | ${ms.toFixed(0)} ms | ${frame.toFixed(0)} ms |`);
		}
	}
} finally {
	await browser.close();
	server.close();
}

const report = `# Export timings

Measured by \`npx tsx scripts/bench-export.ts --runs ${runs}${large ? ' --large' : ''}\` on ${new Date().toISOString().slice(0, 16)}Z,
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, headless Chromium, WebGL through SwiftShader (no GPU).
Each figure is the median of ${runs} runs of the app's \`splinter:export:<format>\` measure: from the
click to the file handed to the browser, with the canvas at 640 × 649 and the layout stopped.
The CSV figure includes the 300 ms the app waits between its two downloads. "Page stopped" is
the median of the longest long-animation-frame during each export (0: no frame over 50 ms): how
long the page could not answer the reader.

| dataset | export | median | page stopped |
| ------- | ------ | ------ | ------------ |
${rows.join('\n')}
`;
writeFileSync('bench/EXPORT-RESULTS.md', report);
console.log(`\n${report}`);
