import { expect, test } from '@playwright/test';
import { nodePosition, openApp } from './helpers';

// Every request of a whole session must go to the page's own host: fonts, icons and libraries
// are bundled, and nothing phones home.
test('a session makes no request to any host but the page’s own', async ({ page, baseURL }) => {
	const hosts = new Set<string>();
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol === 'http:' || url.protocol === 'https:') hosts.add(url.host);
	});
	await openApp(page);
	const node = await page.evaluate(() => window.__splinter!.nodes()[0]!);
	const at = await nodePosition(page, node);
	await page.mouse.move(at.x, at.y);
	await page.mouse.click(at.x, at.y);
	await page.keyboard.press('Escape');
	await page.waitForLoadState('networkidle');
	expect([...hosts]).toEqual([new URL(baseURL!).host]);
});
