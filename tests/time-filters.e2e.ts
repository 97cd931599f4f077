// Time, filters, projection and the shareable URL, checked against the CSV files themselves: the
// expected counts come from data/*.csv with the time rule written out again here, independently.
import { expect, test, type Page } from '@playwright/test';
import { defaultRows as read, nodePosition, openApp } from './helpers';
import { axeViolations } from './axe';

const organizations = read('organizations.csv');
const relations = read('relations.csv');
const year = (date: string) => Number(date.slice(0, 4));
const EVENTS = ['split', 'merger', 'expulsion', 'co_signature', 'founded'];

/** The year an organization enters the map: its founding, else the first dated relation it takes
 * part in (an event's date, a period's start) unless after its dissolution, else never bounded. */
const since = new Map(
	organizations.map((o) => {
		if (o.founded) return [o.id, year(o.founded)];
		const dates = relations
			.filter((r) => r.source === o.id || r.target === o.id)
			.map((r) => (EVENTS.includes(r.type!) || (r.start && !r.end) ? r.start || r.end : r.start))
			.filter((d): d is string => !!d)
			.map(year);
		const first = dates.length ? Math.min(...dates) : -Infinity;
		return [o.id, o.dissolved && first > year(o.dissolved) ? -Infinity : first];
	})
);
const founded = (o: Record<string, string>) => since.get(o.id!)!;

/** Year steps: an organization exists in year y when it entered the map in or before y and was
 * not dissolved before y; events (and relations with only a start) count from their year on;
 * other relations while start year ≤ y ≤ end year; an empty date is open. */
function expectedAt(y: number, hiddenTypes: string[] = []) {
	const alive = new Set(
		organizations
			.filter((o) => founded(o) <= y && (!o.dissolved || year(o.dissolved) >= y))
			.map((o) => o.id)
	);
	const inForce = relations.filter((r) => {
		if (!alive.has(r.source!) || !alive.has(r.target!) || hiddenTypes.includes(r.type!))
			return false;
		if (EVENTS.includes(r.type!) || (r.start && !r.end)) {
			const date = r.start || r.end;
			return !date || year(date) <= y;
		}
		return (!r.start || year(r.start) <= y) && (!r.end || year(r.end) >= y);
	});
	return { organizations: alive.size, relations: inForce.length };
}

const firstYear = Math.min(
	...[
		...organizations.flatMap((o) => [o.founded, o.dissolved]),
		...relations.flatMap((r) => [r.start, r.end])
	]
		.filter((d): d is string => !!d)
		.map(year)
);

const counts = (page: Page) => page.getByTestId('view-counts');
const countsText = (shown: { organizations: number; relations: number }) =>
	`Showing ${shown.organizations} of ${organizations.length} organizations, ` +
	`${shown.relations} of ${relations.length} relations`;

test('the slider moves by year from the keyboard, and counts, filters and the link follow', async ({
	page,
	browser
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openApp(page);
	await expect(counts(page)).toHaveText(
		countsText({ organizations: organizations.length, relations: relations.length })
	);
	const before = await nodePosition(page, 'sk');

	// Move the "As of date" slider to 1995 with the keyboard only.
	const slider = page.getByRole('slider', { name: 'As of date' });
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', String(firstYear));
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', String(firstYear + 1));
	// From the far end back to 1995 a year at a time (fewer steps than from the first year, 1898).
	await page.keyboard.press('End');
	const lastYear = Number(await slider.inputValue());
	for (let y = lastYear; y > 1995; y--) await page.keyboard.press('ArrowLeft');
	await expect(slider).toHaveAttribute('aria-valuetext', '1995');
	const at1995 = expectedAt(1995);
	await expect(counts(page)).toHaveText(countsText(at1995));
	expect(at1995.organizations).toBeLessThan(organizations.length);

	// Positions do not move with time.
	expect(await nodePosition(page, 'sk')).toEqual(before);

	// Switch a relation type off: the count drops by exactly its relations in force in 1995.
	const cooperation = page.getByRole('checkbox', { name: /^cooperation \(/ });
	await expect(cooperation).toHaveAccessibleName(
		`cooperation (${at1995.relations - expectedAt(1995, ['cooperation']).relations})`
	);
	await cooperation.uncheck();
	const withoutCooperation = expectedAt(1995, ['cooperation']);
	expect(withoutCooperation.relations).toBeLessThan(at1995.relations);
	await expect(counts(page)).toHaveText(countsText(withoutCooperation));

	// Select SK on the graph.
	const name = organizations.find((o) => o.id === 'sk')!.name!;
	const at = await nodePosition(page, 'sk');
	await page.mouse.click(at.x, at.y);
	const details = page.getByRole('complementary', { name: 'Details' });
	await expect(details.getByRole('heading', { level: 2 })).toHaveText(name);

	// The copied link, opened in a fresh page, restores selection, time and filters.
	await expect(page).toHaveURL(/org=sk/);
	const link = page.url();
	const context = await browser.newContext();
	const fresh = await context.newPage();
	await fresh.goto(link);
	await fresh.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 30_000 });
	await expect(fresh.getByRole('slider', { name: 'As of date' })).toHaveAttribute(
		'aria-valuetext',
		'1995'
	);
	await expect(fresh.getByRole('checkbox', { name: /^cooperation \(/ })).not.toBeChecked();
	await expect(
		fresh.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(name);
	await expect(counts(fresh)).toHaveText(countsText(withoutCooperation));
	await fresh.screenshot({ path: 'test-results/time-filters-restored.png' });
	await context.close();

	// Back walks the meaningful changes: first the selection, then the filter.
	await page.goBack();
	await expect(details.getByRole('heading', { level: 2 })).toHaveCount(0);
	await page.goBack();
	await expect(page.getByRole('checkbox', { name: /^cooperation \(/ })).toBeChecked();
	await expect(counts(page)).toHaveText(countsText(at1995));
	await page.goForward();
	await expect(page.getByRole('checkbox', { name: /^cooperation \(/ })).not.toBeChecked();
	expect(errors).toEqual([]);
});

/** Statements (co_signature) and coalitions (member_of) become ties between their members; a hub
 * disappears when all its edges became ties. Written out again here from the CSV rows. */
function expectedProjection() {
	const via: Record<string, string> = { statement: 'co_signature', coalition: 'member_of' };
	const kindOf = new Map(organizations.map((o) => [o.id!, o.kind!]));
	const isHub = (id: string) => kindOf.get(id)! in via;
	const absorbed = relations.filter((r) => {
		const [hub, member] = isHub(r.source!) ? [r.source!, r.target!] : [r.target!, r.source!];
		return isHub(hub) && !isHub(member) && r.type === via[kindOf.get(hub)!];
	});
	const members = new Map<string, Set<string>>();
	for (const r of absorbed) {
		const [hub, member] = isHub(r.source!) ? [r.source!, r.target!] : [r.target!, r.source!];
		members.set(hub, (members.get(hub) ?? new Set()).add(member));
	}
	const ties = new Set<string>();
	for (const [hub, set] of members) {
		const list = [...set].sort();
		for (const a of list) for (const b of list) if (a < b) ties.add(`${kindOf.get(hub)}|${a}|${b}`);
	}
	const gone = [...members.keys()].filter((hub) =>
		relations.every((r) => (r.source !== hub && r.target !== hub) || absorbed.includes(r))
	);
	return {
		organizations: organizations.length - gone.length,
		relations: relations.length - absorbed.length + ties.size
	};
}

test('the projection turns statements and blocs into weighted ties, shown in Details', async ({
	page
}) => {
	await openApp(page, 'org=left-front');
	await page.getByRole('checkbox', { name: 'Show as direct ties between organizations' }).check();
	const expected = expectedProjection();
	await expect(counts(page)).toHaveText(
		`Showing ${expected.organizations} of ${expected.organizations} organizations, ` +
			`${expected.relations} of ${expected.relations} relations`
	);
	const details = page.getByRole('complementary', { name: 'Details' });
	const ties = details.getByRole('region', { name: 'Shared statements and blocs' });
	// Left Front signed both 2014 statements, as did the RCWP-CPSU: a tie of weight 2.
	const rcwp = organizations.find((o) => o.id === 'rcwp-cpsu')!.name!;
	await expect(ties.getByText(`${rcwp}: 2 shared`)).toBeVisible();
	await expect(page).toHaveURL(/projection=on/);
	await page.screenshot({ path: 'test-results/projection.png' });

	// And back: the original graph, with its statements.
	await page.getByRole('checkbox', { name: 'Show as direct ties between organizations' }).uncheck();
	await expect(counts(page)).toHaveText(
		countsText({ organizations: organizations.length, relations: relations.length })
	);
});

test('a window of years, and Play stepping through the dated years to the end', async ({
	page
}) => {
	await openApp(page, 'time=2014');
	await page.getByRole('radio', { name: 'Over a period' }).check();
	const start = page.getByRole('slider', { name: 'Window start' });
	// Over a period the second slider is the window's end, not a date "as of".
	await expect(page.getByRole('slider', { name: 'Window end' })).toHaveAttribute(
		'aria-valuetext',
		'2014'
	);
	await expect(page.getByRole('slider', { name: 'As of date' })).toHaveCount(0);
	await start.focus();
	await page.keyboard.press('ArrowLeft');
	await expect(page).toHaveURL(/time=2008-2014/);
	// Over 2008–2014 everything alive or in force at any time in the window is shown.
	const inWindow = (y0: number, y1: number) => {
		const alive = new Set(
			organizations
				.filter((o) => founded(o) <= y1 && (!o.dissolved || year(o.dissolved) >= y0))
				.map((o) => o.id)
		);
		return alive.size;
	};
	await expect(counts(page)).toContainText(`Showing ${inWindow(2008, 2014)} of`);

	await page.getByRole('radio', { name: 'As of a date' }).check();
	await page.getByLabel('Speed (years per second)').selectOption('4');
	await page.getByRole('button', { name: 'Play' }).click();
	const slider = page.getByRole('slider', { name: 'As of date' });
	await expect(slider).toHaveAttribute('aria-valuetext', '2015');
	// The time control spans every dated record: congresses and membership figures too.
	const lastYear = Math.max(
		...[
			...organizations.flatMap((o) => [o.founded, o.dissolved]),
			...relations.flatMap((r) => [r.start, r.end]),
			...read('congresses.csv').flatMap((c) => [c.start, c.end]),
			...read('membership.csv').map((m) => m.date)
		]
			.filter((d): d is string => !!d)
			.map(year)
	);
	await expect(slider).toHaveAttribute('aria-valuetext', String(lastYear), { timeout: 10_000 });
	await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('a malformed or unknown parameter shows a notice, and the rest of the link still applies', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await openApp(page, 'time=banana&colour=red&hideType=co_signature');
	const notice = page.getByRole('alert');
	await expect(notice).toContainText('time=banana');
	await expect(notice).toContainText('colour=red');
	await expect(page.getByRole('checkbox', { name: /^co-signature \(/ })).not.toBeChecked();
	await expect(page.getByRole('slider', { name: 'As of date' })).toHaveAttribute(
		'aria-valuetext',
		'All time'
	);
	await page.screenshot({ path: 'test-results/url-notice.png' });
	expect(errors).toEqual([]);
});

test('the camera is part of the link', async ({ page, browser }) => {
	await openApp(page, 'time=2001');
	const box = (await page.locator('.graph').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.4);
	await page.mouse.wheel(0, -400);
	await expect(page).toHaveURL(/camera=/);
	const camera = await page.evaluate(() => window.__splinter!.camera());
	const link = page.url();
	const fresh = await (await browser.newContext()).newPage();
	await fresh.goto(link);
	await fresh.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 30_000 });
	const restored = await fresh.evaluate(() => window.__splinter!.camera());
	for (const key of ['x', 'y', 'ratio', 'angle'] as const) {
		expect(restored[key]).toBeCloseTo(camera[key], 3);
	}
	expect(camera.ratio).toBeLessThan(1);
	await fresh.context().close();
});

test('the time and filter controls pass axe (WCAG 2 A and AA) and show a focus ring', async ({
	page
}) => {
	await openApp(page, 'time=1995-2001&colour=red&org=sk&projection=on');
	const violations = await axeViolations(page, ['.sidebar', 'aside[aria-label="Details"]']);
	expect(violations).toEqual([]);
	const slider = page.getByRole('slider', { name: 'Window end' });
	await slider.focus();
	await page.keyboard.press('ArrowLeft');
	const outline = await slider.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.locator('.sidebar').screenshot({ path: 'test-results/sidebar.png' });
	await page.locator('.filters').screenshot({ path: 'test-results/filters.png' });
});
