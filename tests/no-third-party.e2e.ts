import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles, nodePosition, openApp } from './helpers';

// Every request of a whole session must go to the page's own host: fonts, icons and libraries
// are bundled, and nothing phones home. The session loads, explores, opens every tab, imports a
// file and exports images and files, so code loaded on demand is covered too.
test('a session makes no request to any host but the page’s own', async ({ page, baseURL }) => {
	test.setTimeout(90_000);
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
	for (const tab of ['Table', 'Charts', 'About', 'Import report'])
		await page.getByRole('tab', { name: tab }).click();

	await page.getByRole('button', { name: 'Export', exact: true }).click();
	const menu = page.getByRole('group', { name: 'Export' });
	for (const format of ['Download PNG', 'Download SVG', 'GEXF for Gephi', 'GraphML']) {
		const download = page.waitForEvent('download');
		await menu.getByRole('button', { name: format }).click();
		await download;
	}
	await page.keyboard.press('Escape');

	await dropFiles(page, [
		{ name: 'kumu.csv', text: readFileSync('tests/fixtures/import/kumu.csv', 'utf8') }
	]);
	await expect(page.locator('header .summary')).toContainText('organizations');
	await page.waitForLoadState('networkidle');
	expect([...hosts]).toEqual([new URL(baseURL!).host]);
});
