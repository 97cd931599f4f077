// Scenarios on the page as a reader opens it: the JavaScript it loads and the first view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fmt, median, type Row } from '../stats';
import { openPage, type Context } from './page';

/** Navigation → default dataset drawn and the layout finished. Recorded, no target. */
export async function firstView(ctx: Context): Promise<Row[]> {
	const drawn: number[] = [];
	const settled: number[] = [];
	for (let run = 0; run < ctx.runs; run++) {
		const page = await openPage(ctx, 'test');
		await page.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 60_000 });
		drawn.push(await page.evaluate(() => performance.now()));
		await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, {
			timeout: 60_000
		});
		settled.push(await page.evaluate(() => performance.now()));
		await page.close();
	}
	const row = (scenario: string, ms: number[]): Row => ({
		scenario,
		size: 'default',
		app: fmt.ms(median(ms)),
		baseline: '-',
		ratio: '-',
		target: 'record',
		verdict: '-'
	});
	return [
		row('first view: navigation → drawn', drawn),
		row('first view: navigation → laid out', settled)
	];
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
