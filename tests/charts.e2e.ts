// The charts end to end: membership bars and congress frequency against data/*.csv (and a fixture
// with figures over three orders of magnitude), linked both ways with the graph, the histogram's
// brush setting the time window, and the downloads.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { axeViolations } from './axe';
import { defaultRows, nodePosition, openApp } from './helpers';

const organizations = defaultRows('organizations.csv');
const congresses = defaultRows('congresses.csv');
const membership = defaultRows('membership.csv');
const nameOf = (id: string) => organizations.find((o) => o.id === id)!.name!;
const yearOf = (row: Record<string, string | undefined>) =>
	(row.start || row.end || '').slice(0, 4);

async function openCharts(page: Page): Promise<Locator> {
	await page.getByRole('tab', { name: 'Charts' }).click();
	return page.getByRole('tabpanel', { name: 'Charts' });
}

/** The page x of a year boundary on the histogram, read off its labelled axis (ticks sit mid-year). */
async function yearEdge(histogram: Locator): Promise<(year: number) => number> {
	const ticks = await histogram
		.locator('.axis')
		.first()
		.locator('.tick')
		.evaluateAll((nodes) =>
			nodes.map((n) => {
				const line = n.querySelector('line')!.getBoundingClientRect();
				return { year: Number(n.textContent), x: line.x + line.width / 2 };
			})
		);
	const [a, b] = [ticks[0]!, ticks.at(-1)!];
	const perYear = (b.x - a.x) / (b.year - a.year);
	return (year) => a.x + (year - a.year - 0.5) * perYear;
}

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('membership: one bar per organization with figures; a click opens its Details', async ({
	page
}) => {
	await openApp(page);
	const panel = await openCharts(page);
	const withFigures = [...new Set(membership.map((m) => m.org!))];
	const bars = panel.getByTestId('membership-chart').locator('.row');
	await expect(bars).toHaveCount(withFigures.length);
	await expect(panel).toContainText(
		`Organizations shown without a membership figure (not in the chart): ${organizations.length - withFigures.length}.`
	);

	const org = withFigures[0]!;
	const bar = panel.getByTestId('membership-chart').locator(`.row[data-org="${org}"]`);
	// Hovering a bar highlights the organization everywhere: the histogram fades the others.
	await bar.hover();
	const others = panel
		.getByTestId('congress-histogram')
		.locator(`.segment:not([data-org="${org}"])`);
	await expect(others.first()).toHaveClass(/faded/);
	await bar.click();
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(nameOf(org));
	await expect(bar).toHaveAttribute('aria-current', 'true');

	// The same through the keyboard, from the data table twin.
	await panel.getByText('Data table').first().click();
	const second = withFigures[1]!;
	await panel.getByRole('button', { name: nameOf(second), exact: true }).press('Enter');
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(nameOf(second));
	expect(await axeViolations(page, ['#panel-charts'])).toEqual([]);
});

test('congresses: bins add up to the congress rows, and a node selected in the graph is marked', async ({
	page
}) => {
	await openApp(page);
	const panel = await openCharts(page);
	const segments = panel.getByTestId('congress-histogram').locator('.segment');
	const drawn = await segments.evaluateAll((nodes) =>
		nodes.map((n) => ({
			year: n.getAttribute('data-year')!,
			count: Number(n.getAttribute('data-count'))
		}))
	);
	const perYear = (rows: { year: string; count: number }[]) => {
		const totals: Record<string, number> = {};
		for (const { year, count } of rows) totals[year] = (totals[year] ?? 0) + count;
		return totals;
	};
	const dated = congresses.filter((c) => yearOf(c) !== '');
	expect(perYear(drawn)).toEqual(perYear(dated.map((c) => ({ year: yearOf(c), count: 1 }))));
	const undated = congresses.length - dated.length;
	await expect(panel).toContainText(`Events without a date (in no bin): ${undated}.`);
	expect(drawn.reduce((n, d) => n + d.count, 0) + undated).toBe(congresses.length);

	// One timeline row per organization that held any congress.
	const timeline = panel.getByTestId('congress-timeline');
	await expect(timeline.locator('.row')).toHaveCount(new Set(congresses.map((c) => c.org)).size);

	// Select the busiest organization in the graph: its bars and timeline row are marked.
	const counts = new Map<string, number>();
	for (const c of congresses) counts.set(c.org!, (counts.get(c.org!) ?? 0) + 1);
	const busiest = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
	await page.getByRole('tab', { name: 'Table' }).click();
	const at = await nodePosition(page, busiest);
	await page.mouse.click(at.x, at.y);
	await expect(
		page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })
	).toHaveText(nameOf(busiest));
	await openCharts(page);
	await expect(timeline.locator(`.row[data-org="${busiest}"]`)).toHaveAttribute(
		'aria-current',
		'true'
	);
	const marked = panel.getByTestId('congress-histogram').locator('.segment.selected');
	await expect(marked).toHaveCount(
		await segments.and(page.locator(`[data-org="${busiest}"]`)).count()
	);
	// The Details panel and the table twin give its congress intervals.
	await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Mean interval');
});

test('brushing years on the histogram sets the time window, and the brush follows the slider', async ({
	page
}) => {
	await openApp(page);
	const panel = await openCharts(page);
	const histogram = panel.getByTestId('congress-histogram');
	await histogram.locator('.axis').first().scrollIntoViewIfNeeded();
	const edge = await yearEdge(histogram);
	// Drag along the year axis strip, where no bar is in the way.
	const strip = (await histogram.locator('.axis').first().boundingBox())!;
	const y = strip.y + 8;
	// A quarter of a year in from each edge: the brush snaps to the nearest whole years.
	const quarter = (edge(1993) - edge(1992)) / 4;
	await page.mouse.move(edge(1992) + quarter, y);
	await page.mouse.down();
	await page.mouse.move(edge(1994), y, { steps: 5 });
	await page.mouse.move(edge(1996) - quarter, y, { steps: 5 });
	await page.mouse.up();

	await expect(page.getByRole('radio', { name: 'Over a period' })).toBeChecked();
	await expect(page.getByRole('slider', { name: 'Window start' })).toHaveAttribute(
		'aria-valuetext',
		'1992'
	);
	await expect(page.getByRole('slider', { name: 'Window end' })).toHaveAttribute(
		'aria-valuetext',
		'1995'
	);
	await expect(page).toHaveURL(/[?&]time=1992-1995(&|$)/);
	// Snapped to whole years.
	const selection = histogram.locator('.brush .selection');
	// (Within 2 px: the box includes half the selection's outline.)
	const offset = async (year: number) => Math.abs((await selection.boundingBox())!.x - edge(year));
	await expect.poll(() => offset(1992)).toBeLessThan(2);

	// The brush follows the time control.
	await page.getByRole('slider', { name: 'Window start' }).press('ArrowRight');
	await expect.poll(() => offset(1993)).toBeLessThan(2);
	await expect(page).toHaveURL(/[?&]time=1993-1995(&|$)/);

	// A click beside the selection clears it: all time again.
	await page.mouse.click(edge(2010), y);
	await expect(page.getByRole('radio', { name: 'All time' })).toBeChecked();
});

test('imported figures over three orders of magnitude: log axis, lines over time, downloads; no congress table explained', async ({
	page
}) => {
	await openApp(page);
	const fixture = 'tests/fixtures/charts';
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open files…' }).click();
	await (
		await chooser
	).setFiles(
		['organizations.csv', 'relations.csv', 'membership.csv'].map((f) => `${fixture}/${f}`)
	);
	const figures = readFileSync(`${fixture}/membership.csv`, 'utf8').trim().split('\n').slice(1);
	const orgs = [...new Set(figures.map((line) => line.split(',')[0]!))];
	const panel = await openCharts(page);
	const chart = panel.getByTestId('membership-chart');
	await expect(chart.locator('.row')).toHaveCount(orgs.length);
	await expect(chart).toContainText('Members (latest figure, log scale)');
	await expect(panel).toContainText(
		'No congress data: add a congresses table (see data/README.md).'
	);

	// Several dated figures: the row opens into a line with a point per figure.
	const org = orgs[0]!;
	await panel
		.getByRole('button', { name: /^Members of .* over time$/ })
		.first()
		.click();
	await expect(chart.locator('.history circle')).toHaveCount(
		figures.filter((line) => line.startsWith(`${org},`)).length
	);

	const frame = panel.getByRole('region', { name: 'Membership' });
	const csv = page.waitForEvent('download');
	await frame.getByRole('button', { name: /as CSV$/ }).click();
	const csvText = readFileSync(await (await csv).path(), 'utf8');
	expect(csvText.trim().split('\r\n')).toHaveLength(figures.length + 1);
	// A source that a spreadsheet would run as a formula is written as text.
	expect(csvText).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);

	const svg = page.waitForEvent('download');
	await frame.getByRole('button', { name: /as an SVG drawing$/ }).click();
	const svgText = readFileSync(await (await svg).path(), 'utf8');
	expect(svgText.startsWith('<?xml')).toBe(true);
	expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');
	expect(svgText).toContain('>Membership</text>');
	expect(svgText).not.toContain('class="');
	expect(svgText).toMatch(/style="fill:rgb\(/);
});

test('side by side, each chart column scrolls on its own within the drawer', async ({ page }) => {
	await openApp(page, '', { layout: false });
	const panel = await openCharts(page);
	const membershipTitle = panel.getByRole('heading', { name: 'Membership' });
	// The drawer (a fifth of 800 px) is shorter than either column: the end of the right one is
	// reached by scrolling it, and the left one stays where it was.
	const lastOfRight = panel.locator('summary', { hasText: 'Data table' }).last();
	await lastOfRight.scrollIntoViewIfNeeded();
	await expect(lastOfRight).toBeInViewport();
	await expect(membershipTitle).toBeInViewport();
	await page.screenshot({ path: 'test-results/charts-columns.png' });
});
