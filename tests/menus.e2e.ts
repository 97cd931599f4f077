// The header menus close as menus do: a press outside (the graph too, which keeps its presses to
// itself) or Escape, also after a download left the focus on the page.
import { expect, test } from '@playwright/test';
import { dropFiles, openApp } from './helpers';

test('the Export and Data menus close on a press outside and on Escape', async ({ page }) => {
	await openApp(page);
	const exportButton = page.getByRole('button', { name: 'Export', exact: true });
	const graph = (await page.locator('.graph').boundingBox())!;
	// The graph's top left corner: the open Export panel hangs below its button on the right.
	const onGraph = async () => {
		const at = { x: graph.x + 30, y: graph.y + 30 };
		const hit = await page.evaluate(
			({ x, y }) => document.elementFromPoint(x, y)?.closest('.graph') != null,
			at
		);
		expect(hit, 'the press lands on the graph, not on a menu').toBe(true);
		await page.mouse.click(at.x, at.y);
	};

	await exportButton.click();
	await expect(exportButton).toHaveAttribute('aria-expanded', 'true');
	await onGraph();
	await expect(exportButton).toHaveAttribute('aria-expanded', 'false');

	await exportButton.click();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download SVG' }).click();
	await download;
	await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
	await page.keyboard.press('Escape');
	await expect(exportButton).toHaveAttribute('aria-expanded', 'false');
	await expect(exportButton).toBeFocused();

	await dropFiles(page, [{ name: 'pair.csv', text: 'source,target\na,b\n' }]);
	const data = page.locator('details.menu');
	await data.locator('summary').click();
	await expect(data).toHaveAttribute('open', '');
	await page.keyboard.press('Escape');
	await expect(data).not.toHaveAttribute('open', '');
	await expect(data.locator('summary')).toBeFocused();
	await data.locator('summary').click();
	await expect(data).toHaveAttribute('open', '');
	await onGraph();
	await expect(data).not.toHaveAttribute('open', '');
});
