// The interface as a whole, on a 360 px phone and a 1920 px monitor: Russian with no English left,
// both themes free of serious or critical axe violations (with screenshots to look at), a tap on a
// node on a touch screen, panels resized from the keyboard with the canvas following, and the
// first-run guidance (introduction, template CSV, shortcut sheet, Undo).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { axeViolations } from './axe';
import { nodePosition, openApp } from './helpers';

const SIZES = [
	{ name: 'phone', width: 360, height: 740 },
	{ name: 'desktop', width: 1920, height: 1080 }
] as const;
type Size = (typeof SIZES)[number];

/** English messages that Russian must replace, as patterns (placeholders match anything). */
function englishPatterns(): string[] {
	const dir = 'src/lib/i18n/messages';
	const patterns: string[] = [];
	for (const file of readdirSync(dir)) {
		const source = readFileSync(`${dir}/${file}`, 'utf8');
		const body = source.slice(source.indexOf('en: {'), source.indexOf('ru: {'));
		for (const [, text] of body.matchAll(/:\s*'((?:[^'\\]|\\.)*)'|:\s*"((?:[^"\\]|\\.)*)"/g)) {
			if (!text) continue;
			// A plural keeps its branches as alternatives; any other placeholder stands for anything.
			const pattern = text
				.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
				.replace(/\{\w+, plural,((?:[^{}]|\{[^{}]*\})*)\}/g, (_, branches: string) => {
					const options = [...branches.matchAll(/\{([^{}]*)\}/g)].map((m) =>
						m[1]!.replace(/#/g, '[\\d\\s.,]+')
					);
					return `(?:${options.join('|')})`;
				})
				.replace(/\{\w+\}/g, '.+');
			// Messages that are (almost) only placeholders, or a name shared by both languages, say nothing.
			if (pattern.replace(/\.\+|\\.|\(\?:|[|)]/g, '').replace(/[^A-Za-z]/g, '').length < 4)
				continue;
			patterns.push(`^${pattern}$`);
		}
	}
	return patterns;
}
const ENGLISH = englishPatterns();
const SAME_IN_BOTH = ['Splinter', 'English'];

/**
 * Interface text still in English: visible text nodes and accessible labels that match an English
 * catalogue message, and, inside the interface chrome, any run of Latin words (text that never went
 * through the catalogue). Data (names, sources, README) matches neither: it is not in the
 * catalogue, and the chrome check skips code, key caps, data tables and text marked lang="en".
 */
async function englishLeft(page: Page): Promise<string[]> {
	return page.evaluate(
		({ patterns, same }) => {
			const english = patterns.map((p) => new RegExp(p));
			const found = new Set<string>();
			const visible = (el: Element) => el.checkVisibility?.() ?? true;
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent!.trim();
				const parent = node.parentElement!;
				if (!text || !visible(parent) || parent.closest('script, style')) continue;
				// Column names, key caps and the dataset's own (English) documentation are not UI text.
				if (parent.closest('code, kbd, [lang="en"]')) continue;
				if (english.some((re) => re.test(text)) && !same.includes(text)) found.add(text);
				const chrome = parent.closest(
					'header, .panel-head, .sidebar, [role=tablist], .controls, .panel-bar, dialog, .intro, .about, thead, caption, .details .hint, .details h3, .details dt'
				);
				const data = parent.closest('.search [role=listbox]');
				const latin = text.replace(
					/\b(Splinter|English|CSV|TSV|GEXF|GraphML|Gephi|Kumu|Onodo|Flourish|Louvain|Ctrl|Shift|Alt|Esc|Enter|Home|End|Tab|http|https)\b/g,
					''
				);
				if (chrome && !data && /[A-Za-z]{3,}/.test(latin)) found.add(text);
			}
			for (const option of document.querySelectorAll('select option')) {
				const text = option.textContent!.trim();
				if (
					visible(option.closest('select')!) &&
					!same.includes(text) &&
					english.some((re) => re.test(text))
				)
					found.add(`option: ${text}`);
			}
			for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
				if (!visible(el)) continue;
				for (const name of ['aria-label', 'title', 'placeholder']) {
					const value = el.getAttribute(name);
					if (value && english.some((re) => re.test(value))) found.add(`${name}=${value}`);
				}
			}
			return [...found];
		},
		{ patterns: ENGLISH, same: SAME_IN_BOTH }
	);
}

async function openOn(
	browser: Browser,
	size: Size,
	options: { dark?: boolean; layout?: boolean } = {}
) {
	const phone = size.width < 900;
	const context = await browser.newContext({
		viewport: { width: size.width, height: size.height },
		colorScheme: options.dark ? 'dark' : 'light',
		hasTouch: phone,
		isMobile: phone,
		deviceScaleFactor: 1
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openApp(page, '', { layout: options.layout ?? false });
	return { page, phone, errors, close: () => context.close() };
}

/** Opens a panel: on a phone through the bar at the bottom (a sheet), on a monitor it is open. */
async function showPanel(page: Page, phone: boolean, name: RegExp) {
	if (phone) {
		const button = page.getByRole('navigation').getByRole('button', { name });
		if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	}
}

/**
 * axe on what a reader sees in turn: the first view (with the introduction), the filters, an
 * organization's details, the table and the shortcut sheet. On a monitor several of these are on
 * screen at once; on a phone each is a sheet.
 */
async function axeMainViews(page: Page, phone: boolean): Promise<string[]> {
	const found: string[] = [];
	const check = async (selector = 'body') =>
		found.push(
			...(await axeViolations(page, [selector])).filter((v) => /\((serious|critical)\)/.test(v))
		);
	await check();
	if (phone) {
		await showPanel(page, phone, /Filters/);
		await check();
	}
	await page.getByRole('combobox', { name: 'Search organizations' }).fill('Union of Communists');
	await page.keyboard.press('Enter');
	await showPanel(page, phone, /Table/);
	await page.getByRole('tab', { name: 'Table' }).click();
	if (phone) {
		await check();
		await showPanel(page, phone, /Details/);
	}
	await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Relations');
	await check();
	await page.getByRole('button', { name: 'Keyboard shortcuts and help' }).click();
	await check('dialog');
	await page.keyboard.press('Escape');
	return found;
}

for (const size of SIZES) {
	test(`${size.name}: in Russian no interface text is left in English, and the choice is kept`, async ({
		browser
	}) => {
		const { page, phone, errors, close } = await openOn(browser, size);
		await page.getByRole('combobox', { name: 'Interface language' }).selectOption('ru');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('heading', { name: 'Добро пожаловать в Splinter' })).toBeVisible();
		// Plurals per locale: "77 организаций, 104 связи".
		if (!phone)
			await expect(page.locator('header .summary')).toHaveText(/^\d+ организац\S+, \d+ связ\S+$/);
		const leaks: string[] = [];
		const look = async (view: string) =>
			leaks.push(...(await englishLeft(page)).map((t) => `${view}: ${t}`));
		await look('intro');
		await page.getByRole('button', { name: 'Понятно' }).click();
		// A selected organization: its details in Russian, the name in its own script.
		await page.getByRole('combobox', { name: 'Поиск организаций' }).fill('Союз коммунистов');
		await page.keyboard.press('Enter');
		await showPanel(page, phone, /Подробности/);
		const details = page.getByRole('complementary', { name: 'Подробности' });
		await expect(details.getByRole('heading', { level: 2 })).toHaveText(
			'Всесоюзная партия «Союз коммунистов»'
		);
		await expect(details.getByText(/^Связи \(\d+\)$/)).toBeVisible();
		await look('details');
		await showPanel(page, phone, /Фильтры/);
		await expect(page.getByRole('heading', { name: 'Время' })).toBeVisible();
		await look('filters');
		await showPanel(page, phone, /Таблица/);
		for (const tab of ['О программе', 'Таблица', 'Отчёт об импорте']) {
			await page.getByRole('tab', { name: tab }).click();
			await look(tab);
		}
		await page.keyboard.press('?');
		await expect(page.getByRole('dialog', { name: 'Сочетания клавиш' })).toBeVisible();
		await look('shortcuts');
		await page.getByRole('button', { name: 'Открыть свои данные' }).click();
		await expect(page.getByRole('dialog', { name: 'Открыть свои данные' })).toBeVisible();
		await look('open data');
		await page.screenshot({ path: `test-results/interface-${size.name}-russian.png` });
		expect(leaks).toEqual([]);

		// Remembered: a new visit opens in Russian without asking.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
		await expect(page.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveValue('ru');
		expect(errors).toEqual([]);
		await close();
	});

	test(`${size.name}: both themes pass axe on the main views, and the toggle is remembered`, async ({
		browser
	}) => {
		const { page, phone, errors, close } = await openOn(browser, size, { dark: true });
		const html = page.locator('html');
		// Follows the system (dark here) until toggled.
		await expect(html).toHaveAttribute('data-theme', 'dark');
		const dark = await axeMainViews(page, phone);
		// Screenshots to look at, once the layout (running meanwhile) has settled.
		await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, {
			timeout: 30_000
		});
		await page.screenshot({ path: `test-results/interface-${size.name}-dark.png` });
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await toggle.click();
		await expect(html).toHaveAttribute('data-theme', 'light');
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await page.screenshot({ path: `test-results/interface-${size.name}-light.png` });
		await page.reload();
		await page.waitForFunction(() => window.__splinter !== undefined);
		await expect(html).toHaveAttribute('data-theme', 'light');
		const light = await axeMainViews(page, phone);
		expect({ dark, light }).toEqual({ dark: [], light: [] });
		expect(errors).toEqual([]);
		await close();
	});
}

test('phone: a tap on a node shows its details in a sheet; pinch and pan stay on the graph', async ({
	browser
}) => {
	const { page, errors, close } = await openOn(browser, SIZES[0], { layout: true });
	await page.getByRole('button', { name: 'Got it' }).click();
	await expect(page.locator('#panel-details')).toBeHidden();
	// A node drawn where nothing else covers the canvas.
	const stage = (await page.locator('.stage').boundingBox())!;
	const target = await page.evaluate(
		(box) => {
			const graph = document.querySelector('.graph')!.getBoundingClientRect();
			for (const node of window.__splinter!.nodes()) {
				const at = window.__splinter!.viewportPosition(node);
				if (!at) continue;
				const x = graph.x + at.x;
				const y = graph.y + at.y;
				const inside = x > box.x + 20 && x < box.x + box.width - 20 && y > box.y + 20;
				if (inside && document.elementFromPoint(x, y)?.closest('.graph')) return node;
			}
			return null;
		},
		{ x: stage.x, y: stage.y, width: stage.width }
	);
	expect(target, 'some node is drawn in the open').not.toBeNull();
	const name = await page.evaluate((id) => window.__splinter!.label(id), target!);
	const at = await nodePosition(page, target!);
	await page.touchscreen.tap(at.x, at.y);
	const details = page.getByRole('complementary', { name: 'Details' });
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);
	await expect(page.locator('#panel-details')).toBeInViewport();
	await page.screenshot({ path: 'test-results/interface-phone-tap.png' });
	// The sheet closes (its button, or Esc), and the graph has the screen again.
	await page.getByRole('button', { name: 'Close Details', exact: true }).click();
	await expect(page.locator('#panel-details')).toBeHidden();
	await page.getByRole('navigation').getByRole('button', { name: 'Table & more' }).click();
	await expect(page.locator('#panel-drawer')).toBeInViewport();
	await page.keyboard.press('Escape');
	await expect(page.locator('#panel-drawer')).toBeHidden();

	// One finger pans the graph, two fingers pinch-zoom it; the page itself does not move.
	const cdp = await page.context().newCDPSession(page);
	const touch = (
		type: 'touchStart' | 'touchMove' | 'touchEnd',
		points: { x: number; y: number }[]
	) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points });
	const camera = () => page.evaluate(() => window.__splinter!.camera());
	const middle = { x: stage.x + stage.width / 2, y: stage.y + stage.height / 2 };
	const start = await camera();
	await touch('touchStart', [middle]);
	for (let i = 1; i <= 5; i++) await touch('touchMove', [{ x: middle.x + i * 12, y: middle.y }]);
	await touch('touchEnd', []);
	await expect.poll(async () => (await camera()).x).not.toBeCloseTo(start.x, 3);
	const before = (await camera()).ratio;
	const pair = (d: number) => [
		{ x: middle.x - d, y: middle.y },
		{ x: middle.x + d, y: middle.y }
	];
	await touch('touchStart', pair(20));
	for (let d = 30; d <= 90; d += 15) await touch('touchMove', pair(d));
	await touch('touchEnd', []);
	await expect.poll(async () => (await camera()).ratio).toBeLessThan(before * 0.8);
	expect(
		await page.evaluate(() => [window.scrollX, window.scrollY, visualViewport!.scale])
	).toEqual([0, 0, 1]);
	await page.getByRole('navigation').getByRole('button', { name: 'Filters' }).click();
	await page.screenshot({ path: 'test-results/interface-phone-filters.png' });
	expect(errors).toEqual([]);
	await close();
});

test('desktop: panels collapse and resize from the keyboard, and the canvas follows', async ({
	browser
}) => {
	const { page, errors, close } = await openOn(browser, SIZES[1]);
	const canvasWidth = () =>
		page.evaluate(() => document.querySelector<HTMLCanvasElement>('.graph canvas')!.clientWidth);
	const before = await canvasWidth();
	const splitter = page.getByRole('separator', { name: 'Resize Time and filters' });
	const width = Number(await splitter.getAttribute('aria-valuenow'));
	await splitter.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Shift+ArrowRight');
	await expect(splitter).toHaveAttribute('aria-valuenow', String(width + 80));
	await expect.poll(canvasWidth).toBe(before - 80);
	// At the new size, picking matches the drawing: a click where sigma draws a node selects it.
	// The node is one with no other within 24 px.
	await page.evaluate(() => window.__splinter!.stopLayout());
	const lonely = await page.evaluate(() => {
		const handle = window.__splinter!;
		const at = handle.nodes().map((node) => ({ node, ...handle.viewportPosition(node)! }));
		return at.find((a) => at.every((b) => b === a || Math.hypot(a.x - b.x, a.y - b.y) > 24))!;
	});
	const where = await nodePosition(page, lonely.node);
	await page.mouse.click(where.x, where.y);
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(await page.evaluate((node) => window.__splinter!.label(node), lonely.node));
	await page.keyboard.press('Escape');
	await splitter.focus();
	await page.keyboard.press('End');
	await expect(splitter).toHaveAttribute(
		'aria-valuenow',
		(await splitter.getAttribute('aria-valuemax')) ?? ''
	);
	// The graph keeps most of the screen even then.
	expect(await canvasWidth()).toBeGreaterThan(1920 / 2);

	// Collapse the details and the drawer: the canvas grows into the space.
	await page.getByRole('button', { name: 'Hide Details' }).click();
	await page.getByRole('button', { name: 'Hide Views' }).click();
	await expect(page.getByRole('complementary', { name: 'Details' })).toBeHidden();
	await expect.poll(canvasWidth).toBeGreaterThan(before);
	// Remembered, like the sizes.
	await page.reload();
	await page.waitForFunction(() => window.__splinter !== undefined);
	await expect(page.getByRole('button', { name: 'Show Details' })).toHaveAttribute(
		'aria-expanded',
		'false'
	);
	// A tab brings the drawer back; a selection brings the details back.
	await page.getByRole('tab', { name: 'Table' }).click();
	await expect(page.getByRole('tabpanel', { name: 'Table' })).toBeVisible();
	await page.getByRole('tabpanel', { name: 'Table' }).locator('tbody th button').first().click();
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toBeVisible();
	await page.screenshot({ path: 'test-results/interface-desktop-panels.png' });
	expect(errors).toEqual([]);
	await close();
});

test('first run: the introduction, the template CSV, the shortcut sheet and Undo', async ({
	browser
}) => {
	const { page, errors, close } = await openOn(browser, SIZES[1]);
	const intro = page.getByRole('region', { name: 'Welcome to Splinter' });
	await expect(intro).toContainText('arrow points from');
	await intro.getByRole('button', { name: 'Got it' }).click();
	await page.reload();
	await page.waitForFunction(() => window.__splinter !== undefined);
	await expect(intro).toHaveCount(0);

	// "?" lists the shortcuts; "/" goes to search; Undo walks back the view.
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText(
		'Go to the search box'
	);
	await page.keyboard.press('Escape');
	await page.keyboard.press('/');
	await expect(page.getByRole('combobox', { name: 'Search organizations' })).toBeFocused();
	const undoButton = page.getByRole('button', { name: 'Undo' });
	await expect(undoButton).toBeDisabled();
	await page.getByRole('checkbox', { name: /^split \(/ }).uncheck();
	await expect(undoButton).toBeEnabled();
	await undoButton.click();
	await expect(page.getByRole('checkbox', { name: /^split \(/ })).toBeChecked();
	await expect(undoButton).toBeDisabled();
	// The template downloads from the guide and imports as it is: no mapping dialog.
	await page.getByRole('tab', { name: 'About' }).click();
	await page.getByRole('button', { name: 'Open your own data…' }).click();
	const guide = page.getByRole('dialog', { name: 'Open your own data' });
	await expect(guide.getByRole('row', { name: /source required/ })).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		guide.getByRole('link', { name: 'Download the template (CSV)' }).click()
	]);
	const template = readFileSync(await download.path(), 'utf8');
	expect(template).toBe(readFileSync('static/splinter-template.csv', 'utf8'));
	const [chooser] = await Promise.all([
		page.waitForEvent('filechooser'),
		guide.getByRole('button', { name: 'Choose files…' }).click()
	]);
	await chooser.setFiles('static/splinter-template.csv');
	await expect(guide).toBeHidden();
	const rows = template.trim().split(/\r?\n/).slice(1);
	const names = new Set(rows.flatMap((row) => row.split(',').slice(0, 2)));
	await expect(page.locator('header .summary')).toHaveText(
		`${names.size} organizations, ${rows.length} relations`
	);
	await expect(page.getByRole('dialog')).toHaveCount(0);

	expect(errors).toEqual([]);
	await close();
});
