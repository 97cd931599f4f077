// The page on a 390 × 844 phone: the header's controls in three rows with nothing cut, in English
// and in Russian; drawer tabs all in view; no word of a sidebar the phone does not show; menus
// opened from the header inside the window and above the sheets; dialogs give the focus back.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles, openApp } from './helpers';

const PHONE = { width: 390, height: 844 };

async function openPhone(browser: Browser, locale = 'en-US') {
	const context = await browser.newContext({
		locale,
		viewport: PHONE,
		hasTouch: true,
		isMobile: true,
		deviceScaleFactor: 1
	});
	const page = await context.newPage();
	await openApp(page, '', { layout: false });
	return { page, close: () => context.close() };
}

/** Fails unless the whole of `panel` is in the window and nothing is drawn over its middle. */
async function expectOnTop(page: Page, panel: Locator) {
	const box = (await panel.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.y).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
	expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
	const onTop = await panel.evaluate((element) => {
		const rect = element.getBoundingClientRect();
		const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height - 4);
		return !!hit && element.contains(hit);
	});
	expect(onTop, 'the menu is drawn above the sheet').toBe(true);
}

/** Rows the header's controls sit in, and the controls that are cut or stick out of the window. */
function headerLayout(page: Page) {
	return page.evaluate(() => {
		const controls = [
			...document.querySelectorAll('header :is(h1, button, select, summary, input)')
		]
			// Items of a closed menu are not in the header's rows.
			.filter((element) => element.tagName === 'SUMMARY' || !element.closest('details:not([open])'))
			.map((element) => ({ element, box: element.getBoundingClientRect() }))
			.filter(({ box }) => box.width > 0);
		const width = document.documentElement.clientWidth;
		const cut = controls
			.filter(
				({ element, box }) =>
					box.left < 0 ||
					box.right > width ||
					(element.tagName !== 'INPUT' && element.scrollWidth > element.clientWidth + 1)
			)
			.map(({ element }) => element.textContent || element.getAttribute('aria-label'));
		// A control starts a new row when its middle is below the bottom of the row so far.
		let rows = 0;
		let bottom = -Infinity;
		for (const { box } of controls.sort((a, b) => a.box.top - b.box.top)) {
			if (box.top + box.height / 2 > bottom) {
				rows++;
				bottom = box.bottom;
			} else bottom = Math.max(bottom, box.bottom);
		}
		return { rows, cut };
	});
}

for (const [locale, words] of [
	['en-US', { filters: 'Filters', table: 'Table & more', sidebar: /sidebar/i }],
	['ru-RU', { filters: 'Фильтры', table: 'Таблица и др.', sidebar: /боков/i }]
] as const) {
	test(`phone, ${locale}: the header fits in three rows, tabs are all in view, no sidebar is named`, async ({
		browser
	}) => {
		const { page, close } = await openPhone(browser, locale);
		expect(await headerLayout(page)).toEqual({ rows: 3, cut: [] });
		// The introduction opens as a sheet; what it points to is named as the phone shows it.
		const intro = page.locator('#panel-details');
		await expect(intro).toContainText(words.filters);
		await expect(intro).not.toContainText(words.sidebar);

		await page.getByRole('navigation').getByRole('button', { name: words.table }).click();
		const drawer = (await page.locator('#panel-drawer').boundingBox())!;
		for (const tab of await page.getByRole('tab').all()) {
			const box = (await tab.boundingBox())!;
			expect(box.x + box.width, (await tab.textContent()) ?? '').toBeLessThanOrEqual(
				drawer.x + drawer.width
			);
			expect(await tab.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		}
		await page.getByRole('tab').nth(2).click();
		await expect(page.locator('#panel-drawer')).not.toContainText(words.sidebar);
		await page.screenshot({ path: `test-results/phone-${locale}-drawer.png` });
		await close();
	});
}

test('phone: the Export and Data menus open inside the window, above the open sheet', async ({
	browser
}) => {
	const { page, close } = await openPhone(browser);
	// The first visit opens the introduction as a sheet: the menus must cover it.
	await expect(page.locator('#panel-details')).toBeVisible();
	await page.getByRole('button', { name: 'Export', exact: true }).click();
	await expectOnTop(page, page.getByRole('group', { name: 'Export' }));
	await page.getByRole('button', { name: 'Export', exact: true }).click();

	const kumu = readFileSync('tests/fixtures/import/kumu.csv', 'utf8');
	await dropFiles(page, [{ name: 'kumu.csv', text: kumu }]);
	await page.locator('summary', { hasText: 'Data' }).click();
	const items = page.locator('.menu-items');
	await expect(items.getByRole('button', { name: 'Back to the default dataset' })).toBeVisible();
	await expectOnTop(page, items);
	await page.screenshot({ path: 'test-results/phone-data-menu.png' });
	await close();
});

test('a dialog opened from another gives the focus back to what opened the first (native <dialog>)', async ({
	page
}) => {
	await openApp(page, '', { layout: false });
	const help = page.getByRole('button', { name: 'Keyboard shortcuts and help' });
	await help.click();
	// The sheet's button closes it (and itself) before the second dialog opens.
	await page.getByRole('button', { name: 'Open your own data', exact: true }).click();
	const openData = page.getByRole('dialog', { name: 'Open your own data' });
	await expect(openData).toBeVisible();
	await openData.getByRole('button', { name: 'Close' }).click();
	await expect(openData).toBeHidden();
	await expect(help).toBeFocused();

	const about = page.getByRole('button', { name: 'Open your own data…' }).first();
	await about.click();
	await page.keyboard.press('Escape');
	await expect(about).toBeFocused();
});

test('the mapping dialog gives the focus back to the Data menu that opened it', async ({
	page
}) => {
	await openApp(page, '', { layout: false });
	const text = 'partei;abspaltung;jahr\nA;B;1991\nB;C;1992\n';
	await dropFiles(page, [{ name: 'german.csv', text }]);
	const dialog = page.getByRole('dialog', { name: 'How should these files be read?' });
	await dialog.getByLabel('Role of column “partei”').selectOption('source');
	await dialog.getByLabel('Role of column “abspaltung”').selectOption('target');
	await dialog.getByRole('button', { name: 'Import' }).click();
	await expect(dialog).toBeHidden();

	const menu = page.locator('summary', { hasText: 'Data' });
	await menu.click();
	await page.getByRole('button', { name: 'Change mapping…' }).click();
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toBeHidden();
	await expect(menu).toBeFocused();
});

// Upright, and a large phone held sideways (wide enough for the desktop layout, far too short).
for (const viewport of [PHONE, { width: 932, height: 430 }]) {
	test(`phone ${viewport.width}×${viewport.height}: the drawer starts collapsed, from the first frame`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		// Every frame from the first: was the drawer (tabs and their content) ever shown?
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { drawerSeen: string[] }).drawerSeen = seen;
			const look = () => {
				const drawer = document.getElementById('panel-drawer');
				if (drawer && drawer.getBoundingClientRect().height > 0) seen.push(drawer.className);
				requestAnimationFrame(look);
			};
			requestAnimationFrame(look);
		});
		await openApp(page, '', { layout: false });
		await page.getByRole('button', { name: 'Got it' }).click();
		await expect(page.locator('#panel-drawer')).toBeHidden();
		const bar = page.getByRole('navigation').getByRole('button', { name: 'Table & more' });
		await expect(bar).toHaveAttribute('aria-expanded', 'false');
		const seen = await page.evaluate(
			() => (window as unknown as { drawerSeen: string[] }).drawerSeen
		);
		expect(seen).toEqual([]);
		await page.screenshot({ path: `test-results/phone-${viewport.width}-drawer-collapsed.png` });
		await context.close();
	});
}

test('phone, ru-RU: after an import adds the Data menu, the header still fits in three rows', async ({
	browser
}) => {
	const { page, close } = await openPhone(browser, 'ru-RU');
	await dropFiles(page, [{ name: 'pair.csv', text: 'source,target\na,b\n' }]);
	await expect(page.locator('details.menu')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Отменить импорт' })).toHaveCount(0);
	expect(await headerLayout(page)).toEqual({ rows: 3, cut: [] });
	await close();
});

test('phone 360 px, ru-RU: the layout bar wraps inside the window', async ({ browser }) => {
	const context = await browser.newContext({
		locale: 'ru-RU',
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await openApp(page, '', { layout: false });
	const width = await page.evaluate(() => innerWidth);
	for (const button of await page.locator('.layout button').all()) {
		const box = (await button.boundingBox())!;
		expect(box.x + box.width, (await button.textContent()) ?? '').toBeLessThanOrEqual(width);
	}
	await context.close();
});
