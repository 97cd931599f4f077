// Times every export of the Export menu in headless Chromium on the built site: the default
// dataset, and a generated graph of 2,000 nodes / 8,000 edges (bench/generate.ts, seeded). Each
// time is the app's own `splinter:export:<format>` measure (click → file handed to the browser),
// the median of several runs; results go to bench/EXPORT-RESULTS.md.
// Run: npx tsx scripts/bench-export.ts [--runs 3] [--no-build]
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

async function timeJob(page: Page, job: Job): Promise<number> {
	const menu = page.getByRole('group', { name: 'Export' });
	await menu.getByLabel('Size', { exact: true }).selectOption(job.size ?? 'current');
	await menu.getByLabel('PNG scale').selectOption(job.scale ?? '1');
	const downloads: Promise<unknown>[] = [];
	for (let i = 0; i < (job.downloads ?? 1); i++) downloads.push(page.waitForEvent('download'));
	await page.evaluate(() => performance.clearMeasures());
	await menu.getByRole('button', { name: job.button }).click();
	await Promise.all(downloads);
	const name = `splinter:export:${job.format}`;
	await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name);
	return page.evaluate((n) => performance.getEntriesByName(n)[0]!.duration, name);
}

const server = await serveStatic('build', dataDir, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const rows: string[] = [];
try {
	for (const [dataset, query] of [
		['default (77 nodes, 104 edges)', ''],
		['generated (2,000 nodes, 8,000 edges)', '&data=/__bench/export-2k.csv']
	] as const) {
		const times = new Map<string, number[]>();
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
				const ms = await timeJob(page, job);
				times.set(job.name, [...(times.get(job.name) ?? []), ms]);
				console.log(`${dataset} · ${job.name}: ${ms.toFixed(0)} ms`);
			}
			await page.close();
		}
		for (const job of JOBS)
			rows.push(`| ${dataset} | ${job.name} | ${median(times.get(job.name)!).toFixed(0)} ms |`);
	}
} finally {
	await browser.close();
	server.close();
}

const report = `# Export timings

Measured by \`npx tsx scripts/bench-export.ts --runs ${runs}\` on ${new Date().toISOString().slice(0, 16)}Z,
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, headless Chromium, WebGL through SwiftShader (no GPU).
Each figure is the median of ${runs} runs of the app's \`splinter:export:<format>\` measure: from the
click to the file handed to the browser, with the canvas at 640 × 649 and the layout stopped.
The CSV figure includes the 300 ms the app waits between its two downloads.

| dataset | export | median |
| ------- | ------ | ------ |
${rows.join('\n')}
`;
writeFileSync('bench/EXPORT-RESULTS.md', report);
console.log(`\n${report}`);
