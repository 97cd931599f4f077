import { expect, test } from '@playwright/test';
import { inkedPixels, nodePosition, openApp } from './helpers';

test('the default dataset is drawn, and clicking a node opens its details', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openApp(page);

	// (a) the sigma canvas shows something: a blank canvas can never pass.
	expect(await inkedPixels(page, '.graph')).toBeGreaterThan(2000);

	// (b) click the best-connected node where it is drawn; (c) its name shows in the Details panel.
	const node = await page.evaluate(() => window.__splinter!.nodes()[0]!);
	const name = await page.evaluate((id) => window.__splinter!.label(id), node);
	const at = await nodePosition(page, node);
	await page.mouse.click(at.x, at.y);
	const details = page.getByRole('complementary', { name: 'Details' });
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);

	// (d) a screenshot for people to look at (and for the README when SCREENSHOTS=docs), once the
	// camera has eased to the selection (600 ms).
	await page.waitForTimeout(900);
	await page.screenshot({
		path: process.env.SCREENSHOTS === 'docs' ? 'docs/screenshot.png' : 'test-results/skeleton.png'
	});
	expect(errors).toEqual([]);
});
