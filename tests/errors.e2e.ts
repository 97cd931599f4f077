import { expect, test } from '@playwright/test';
import { nodePosition, openApp } from './helpers';

test('an unexpected error shows a readable notice with details to copy, and the app stays usable', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openApp(page);
	await page.evaluate(() => {
		setTimeout(() => {
			throw new Error('boom from a timer');
		});
		void Promise.reject(new Error('boom from a promise'));
	});
	const notice = page.getByRole('alert').filter({ hasText: 'Something went wrong' });
	await expect(notice).toContainText(/boom from a (timer|promise)/);
	await notice.getByRole('button', { name: 'Copy details' }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/Error: boom from a/);
	await notice.getByRole('button', { name: 'Dismiss' }).click();
	await expect(notice).toHaveCount(0);

	// Still usable: a node can be selected.
	const node = await page.evaluate(() => window.__splinter!.nodes()[0]!);
	const at = await nodePosition(page, node);
	await page.mouse.click(at.x, at.y);
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(await page.evaluate((id) => window.__splinter!.label(id), node));
});
