// Opening pages for the scenarios: every run gets a fresh page (and so a fresh browser context:
// no stored import, no warm caches) at a fixed size and device scale.
import type { Browser, Page } from 'playwright';

export interface Context {
	browser: Browser;
	origin: string;
	runs: number;
}

export async function openPage(ctx: Context, query: string): Promise<Page> {
	const page = await ctx.browser.newPage({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1
	});
	await page.goto(`${ctx.origin}/?${query}`);
	return page;
}

/** A page with the bench API, the default dataset drawn and its layout stopped. */
export async function benchPage(ctx: Context): Promise<Page> {
	const page = await openPage(ctx, 'bench&test');
	await page.waitForFunction(
		() => window.__splinterBench !== undefined && window.__splinter !== undefined,
		null,
		{ timeout: 60_000 }
	);
	await page.evaluate(() => window.__splinterBench!.settleLayout());
	return page;
}

/** Runs `measure` in a fresh bench page, closed afterwards whatever happens. */
export async function inBenchPage<T>(
	ctx: Context,
	measure: (page: Page) => Promise<T>
): Promise<T> {
	const page = await benchPage(ctx);
	try {
		return await measure(page);
	} finally {
		await page.close();
	}
}
