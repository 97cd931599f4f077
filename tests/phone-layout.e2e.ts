// The page on a 390 × 844 phone: menus opened from the header stay inside the window and above the
// sheets, and dialogs give the focus back to the control that opened them.
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dropFiles, openApp } from './helpers';

const PHONE = { width: 390, height: 844 };

async function openPhone(browser: Browser) {
	const context = await browser.newContext({
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
