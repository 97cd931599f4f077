// The graph explorer end to end: search in both scripts, details with congresses and relations,
// neighbours and history, hover drawing, the table twin, and the graph controls.
import { expect, test, type Page } from '@playwright/test';
import { defaultRows, inkedPixels, nodePosition, openApp } from './helpers';

const SK = 'All-Union Party «Union of Communists»';

function details(page: Page) {
	return page.getByRole('complementary', { name: 'Details' });
}

async function searchAndEnter(page: Page, text: string) {
	const box = page.getByRole('combobox', { name: 'Search organizations' });
	await box.fill(text);
	await expect(page.getByRole('listbox')).toBeVisible();
	await box.press('Enter');
}

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
	await openApp(page);
});

test('search in Russian shows the Union of Communists with congresses and relations', async ({
	page
}) => {
	await searchAndEnter(page, 'Союз коммунистов');
	const panel = details(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(SK);
	await expect(panel).toContainText('Всесоюзная партия «Союз коммунистов»');
	// Congresses as a timeline, in date order, with their sources.
	const congresses = panel.locator('ol.timeline > li');
	await expect(congresses).toHaveCount(
		defaultRows('congresses.csv').filter((c) => c.org === 'sk').length
	);
	await expect(congresses.first()).toContainText('Founding Conference of the Union of Communists');
	await expect(congresses.nth(1)).toContainText('Apr 25, 1992 – Apr 26, 1992');
	await expect(congresses.nth(1)).toContainText('I Congress');
	// The seed is named by its title; its file name stays on hover.
	const seed = congresses.nth(1).getByText('Wikipedia article “Union of Communists”');
	await expect(seed).toHaveAttribute('title', '000_7ee03641dc6052d5.txt');
	// Relations grouped by type, with direction in words, dates, and neighbours as buttons.
	await expect(panel.getByRole('heading', { name: /^Relations \(\d+\)$/ })).toBeVisible();
	await expect(panel.getByText('Member of', { exact: true })).toBeVisible();
	await expect(panel.getByText('Successor of', { exact: true })).toBeVisible();
	await expect(panel.getByText('Expelled', { exact: true })).toBeVisible();
	await expect(panel.getByText('Press organs', { exact: true })).toBeVisible();
	await expect(panel.getByRole('button', { name: 'Marxist Platform in the CPSU' })).toBeVisible();
	// http(s) sources are links that open safely; seed sources stay text.
	const link = panel.locator('a[href^="https://arc.ask3.ru/"]').first();
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	// The camera eased towards the selection.
	await expect.poll(() => page.evaluate(() => window.__splinter!.cameraRatio())).toBeLessThan(1);
});

test('search by the English name, and KPRF / CPRF / КПРФ find the same party', async ({ page }) => {
	await searchAndEnter(page, 'union of communists');
	await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(SK);
	for (const query of ['KPRF', 'CPRF', 'КПРФ']) {
		await searchAndEnter(page, query);
		await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(
			'Communist Party of the Russian Federation'
		);
	}
});

test('keyboard: arrows choose a result; a neighbour selects; Back, Forward and Escape', async ({
	page
}) => {
	const box = page.getByRole('combobox', { name: 'Search organizations' });
	await box.focus();
	await page.keyboard.type('soyuz');
	await page.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
	await page.keyboard.press('ArrowDown');
	await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-1');
	const second = (await page.getByRole('option').nth(1).locator('.name').textContent())!;
	await page.keyboard.press('Enter');
	await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(second);

	await searchAndEnter(page, 'SK');
	const panel = details(page);
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(SK);
	await panel.getByRole('button', { name: 'Marxist Platform in the CPSU' }).first().click();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Marxist Platform in the CPSU');
	await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(panel.getByText('Succeeded by', { exact: true })).toBeVisible();

	await page.goBack();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText(SK);
	await page.goForward();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Marxist Platform in the CPSU');
	await page.keyboard.press('Escape');
	await expect(panel.getByRole('heading', { level: 2 })).toHaveCount(0);
	await page.goBack();
	await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Marxist Platform in the CPSU');
});

test('hovering a node fades the rest of the drawing, and leaving restores it', async ({ page }) => {
	const before = await inkedPixels(page, '.graph');
	const at = await nodePosition(page, 'mok');
	await page.mouse.move(at.x, at.y);
	await expect
		.poll(async () => Math.abs((await inkedPixels(page, '.graph')) - before) / before)
		.toBeGreaterThan(0.05);
	await page.mouse.move(at.x + 400, at.y + 400);
	await page.mouse.move(5, 400);
	await expect
		.poll(async () => Math.abs((await inkedPixels(page, '.graph')) - before) / before)
		.toBeLessThan(0.02);
});

test('the table lists every node, sorts by any column and selects rows', async ({ page }) => {
	await page.getByRole('tab', { name: 'Table' }).click();
	const table = page.getByRole('table');
	const nodes = await page.evaluate(() => window.__splinter!.nodes().length);
	await expect(table.locator('tbody tr')).toHaveCount(nodes);
	await expect(table.locator('caption')).toHaveText(`Visible organizations: ${nodes}`);
	for (const id of await page.evaluate(() => window.__splinter!.nodes())) {
		const label = await page.evaluate((node) => window.__splinter!.label(node), id);
		await expect(table.locator('tbody th').getByText(label, { exact: true })).toHaveCount(1);
	}

	const nameHeader = table.getByRole('columnheader', { name: 'Name' });
	await expect(nameHeader).toHaveAttribute('aria-sort', 'none');
	await nameHeader.getByRole('button').click();
	await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
	const names = await table.locator('tbody th').allTextContents();
	// By the letters, numbers by value, punctuation ignored: «Kolomna Bush» sorts under K.
	const byLetters = new Intl.Collator('en', {
		sensitivity: 'base',
		numeric: true,
		ignorePunctuation: true
	});
	expect(names).toEqual([...names].sort(byLetters.compare));
	await nameHeader.getByRole('button').click();
	await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');

	await table.getByRole('button', { name: 'Iskra (newspaper)' }).click();
	await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('Iskra (newspaper)');
	await expect(details(page).getByText('Press organ of', { exact: true })).toBeVisible();
});

test('zoom, fit and re-run layout buttons', async ({ page }) => {
	const ratio = () => page.evaluate(() => window.__splinter!.cameraRatio());
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(ratio).toBeLessThan(0.8);
	// Fit shows the whole graph with room for the controls and labels: a little further out.
	await page.getByRole('button', { name: 'Fit to view' }).click();
	await expect.poll(ratio).toBeGreaterThan(1);
	await expect.poll(ratio).toBeLessThan(2);
	const fitted = await ratio();
	await page.getByRole('button', { name: 'Zoom out' }).click();
	await expect.poll(ratio).toBeGreaterThan(fitted * 1.2);

	const before = await nodePosition(page, 'sk');
	await page.getByRole('button', { name: 'Re-run layout' }).click();
	await expect.poll(() => page.evaluate(() => window.__splinter!.layoutRunning())).toBe(true);
	await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, { timeout: 30_000 });
	expect(await nodePosition(page, 'sk')).not.toEqual(before);
	expect(await inkedPixels(page, '.graph')).toBeGreaterThan(2000);
});

test('colour by community redraws nodes and lists communities in the legend', async ({ page }) => {
	const before = await page.locator('.graph').screenshot();
	await page.getByRole('combobox', { name: 'Node colour' }).selectOption('community');
	const legend = page.getByRole('region', { name: 'Node colours' });
	await expect(legend.getByText(/^1\. .+ and others$/)).toBeVisible();
	await expect
		.poll(async () => (await page.locator('.graph').screenshot()).equals(before))
		.toBe(false);
	await page.screenshot({ path: 'test-results/explorer-communities.png' });
	// The colouring is part of the view a link restores.
	await expect(page).toHaveURL(/[?&]color=community(&|$)/);
	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Node colour' })).toHaveValue('community');
	await expect(legend.getByText(/^1\. .+ and others$/)).toBeVisible();
});

test('a link naming an organization ends with it in the middle of the view, once the layout settles', async ({
	page
}) => {
	// The camera eases to the node while the layout still moves it; when the layout ends, the
	// camera follows it again (unless the reader moved the camera meanwhile).
	await openApp(page, 'org=sk');
	const box = (await page.locator('.graph').boundingBox())!;
	const offCentre = async () => {
		const at = await nodePosition(page, 'sk');
		return Math.max(
			Math.abs(at.x - (box.x + box.width / 2)) / box.width,
			Math.abs(at.y - (box.y + box.height / 2)) / box.height
		);
	};
	// The last ease takes 600 ms; then the node stays within 5% of the middle.
	await expect.poll(offCentre, { timeout: 3_000 }).toBeLessThan(0.05);
	await page.waitForTimeout(1_000);
	expect(await offCentre()).toBeLessThan(0.05);
});

test('the graph moves and zooms from the keyboard once focused, and says how', async ({ page }) => {
	await openApp(page);
	const graph = page.getByRole('application', { name: 'Network graph of organizations' });
	await expect(graph).toHaveAccessibleDescription(/Arrow keys move the view/);
	await graph.focus();
	await expect(graph).toBeFocused();
	const node = await page.evaluate(() => window.__splinter!.nodes()[0]!);
	const box = (await graph.boundingBox())!;
	const settled = async () => {
		await page.waitForTimeout(400); // the 150 ms camera animation, and a frame
		return nodePosition(page, node);
	};
	const start = await settled();
	await page.keyboard.press('ArrowRight');
	const right = await settled();
	// The view moves right by an eighth of what is on screen, so the drawing moves left.
	expect(start.x - right.x).toBeGreaterThan(box.width / 16);
	await page.keyboard.press('ArrowUp');
	expect((await settled()).y - right.y).toBeGreaterThan(box.height / 32);
	// 0 does what the Fit button does.
	await page.keyboard.press('0');
	const fitted = await settled();
	await page.getByRole('button', { name: 'Fit to view' }).click();
	const byButton = await settled();
	expect(Math.abs(fitted.x - byButton.x)).toBeLessThan(2);
	expect(Math.abs(fitted.y - byButton.y)).toBeLessThan(2);
	await graph.focus();
	const other = await page.evaluate(() => window.__splinter!.nodes()[1]!);
	const gap = async () => {
		const [a, b] = [await settled(), await nodePosition(page, other)];
		return Math.hypot(a.x - b.x, a.y - b.y);
	};
	const before = await gap();
	await page.keyboard.press('+');
	expect(await gap()).toBeGreaterThan(before * 1.3);
});
