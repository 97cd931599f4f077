// Benchmark scenarios, each run in a fresh page of the built site, each figure beside its baseline.
import type { Browser, Page } from 'playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, median, type Row } from './stats';

export interface Context {
	browser: Browser;
	origin: string;
	runs: number;
}

async function freshPage(ctx: Context, query: string): Promise<Page> {
	const page = await ctx.browser.newPage({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	await page.goto(`${ctx.origin}/?${query}`);
	await page.waitForFunction(
		() => window.__splinterBench !== undefined || window.__splinter !== undefined,
		null,
		{
			timeout: 60_000
		}
	);
	return page;
}

/** CSV bytes → graph ready, app pipeline vs bare d3-dsv + graphology loop. Target ≥ 0.5. */
export async function ingest(ctx: Context, size: string, file: string): Promise<Row> {
	const app: number[] = [];
	const base: number[] = [];
	let bytes = 0;
	for (let run = 0; run < ctx.runs; run++) {
		const page = await freshPage(ctx, 'bench');
		const b = await page.evaluate(
			(url) => window.__splinterBench!.baselineIngest(url),
			`/__bench/${file}`
		);
		const a = await page.evaluate((url) => window.__splinterBench!.ingest(url), `/__bench/${file}`);
		if (a.edges !== b.edges)
			throw new Error(`ingest ${size}: app has ${a.edges} edges, baseline ${b.edges}`);
		app.push(a.ms);
		base.push(b.ms);
		bytes = a.bytes;
		await page.close();
	}
	const ratio = median(base) / median(app);
	return {
		scenario: 'ingest throughput',
		size,
		app: `${fmt.ms(median(app))} (${fmt.mbps(bytes, median(app))})`,
		baseline: `${fmt.ms(median(base))} (${fmt.mbps(bytes, median(base))})`,
		ratio: fmt.ratio(ratio),
		target: '≥ 0.5',
		verdict: ratio >= 0.5 ? 'yes' : 'no'
	};
}

/** Longest main-thread frame (long-animation-frame) while a large file imports. Target ≤ 50 ms. */
export async function responsiveness(ctx: Context, file: string, megabytes: number): Promise<Row> {
	const longest: number[] = [];
	for (let run = 0; run < Math.min(ctx.runs, 2); run++) {
		const page = await freshPage(ctx, 'bench');
		const ms = await page.evaluate(async (url) => {
			const frames: number[] = [];
			const observer = new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) frames.push(entry.duration);
			});
			observer.observe({ type: 'long-animation-frame', buffered: false });
			await window.__splinterBench!.ingest(url);
			await new Promise((r) => setTimeout(r, 100));
			observer.disconnect();
			return Math.max(0, ...frames);
		}, `/__bench/${file}`);
		longest.push(ms);
		await page.close();
	}
	const value = median(longest);
	return {
		scenario: `longest frame while importing ${megabytes} MB`,
		size: 'XL+',
		app: fmt.ms(value),
		baseline: '-',
		ratio: '-',
		target: '≤ 50 ms',
		verdict: value <= 50 ? 'yes' : 'no'
	};
}

/** Navigation → default dataset drawn and the layout finished. Recorded, no target. */
export async function firstView(ctx: Context): Promise<Row> {
	const times: number[] = [];
	for (let run = 0; run < ctx.runs; run++) {
		const page = await ctx.browser.newPage({
			viewport: { width: 1280, height: 800 },
			deviceScaleFactor: 1
		});
		await page.goto(`${ctx.origin}/?test`);
		await page.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 60_000 });
		const drawn = await page.evaluate(() => performance.now());
		await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, {
			timeout: 60_000
		});
		const settled = await page.evaluate(() => performance.now());
		times.push(settled);
		if (run === 0)
			console.log(
				`  first view: drawn at ${drawn.toFixed(0)} ms, layout settled at ${settled.toFixed(0)} ms`
			);
		await page.close();
	}
	return {
		scenario: 'first view (navigation → drawn and laid out)',
		size: 'default',
		app: fmt.ms(median(times)),
		baseline: '-',
		ratio: '-',
		target: 'record',
		verdict: '-'
	};
}

/** Gzip size of the JavaScript the first page loads (read from build/). Target ≤ 300 KB. */
export async function bundle(ctx: Context, site: string): Promise<Row> {
	const page = await ctx.browser.newPage();
	const scripts = new Set<string>();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
	});
	await page.goto(`${ctx.origin}/`);
	await page.waitForLoadState('networkidle');
	await page.close();
	let total = 0;
	for (const path of scripts) total += gzipSync(readFileSync(join(site, path))).byteLength;
	console.log(`  first page loads ${scripts.size} scripts`);
	return {
		scenario: 'first-page JavaScript (gzip)',
		size: '-',
		app: fmt.kb(total),
		baseline: '-',
		ratio: '-',
		target: '≤ 300 KB',
		verdict: total <= 300 * 1024 ? 'yes' : 'no'
	};
}
