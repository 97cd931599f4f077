// Fit to view leaves the graph's controls free: no node and no label under the zoom buttons or the
// layout bar, and no label cut at the canvas's edges.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('fit to view keeps nodes and labels clear of the controls and inside the canvas', async ({
	page
}) => {
	await openApp(page);
	// Away from the first view, then back with the button (its animation lasts 400 ms).
	await page.getByRole('button', { name: 'Zoom in' }).click();
	await page.waitForTimeout(400);
	await page.getByRole('button', { name: 'Fit to view' }).click();
	await page.waitForTimeout(800);
	const problems = await page.evaluate(() => {
		const canvas = document.querySelector('.graph')!.getBoundingClientRect();
		const overlays = [...document.querySelectorAll('.stage [role="group"] > div')].map((e) =>
			e.getBoundingClientRect()
		);
		type Box = { left: number; top: number; right: number; bottom: number };
		const hits = (a: Box, b: Box) =>
			a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
		const found: string[] = [];
		const handle = window.__splinter!;
		for (const node of handle.nodes()) {
			const at = handle.viewportPosition(node)!;
			const point = { left: canvas.x + at.x, top: canvas.y + at.y };
			const box = { ...point, right: point.left + 1, bottom: point.top + 1 };
			if (overlays.some((o) => hits(box, o))) found.push(`node ${node} under a control`);
			if (at.x < 0 || at.y < 0 || at.x > canvas.width || at.y > canvas.height)
				found.push(`node ${node} outside`);
		}
		for (const label of handle.labelBoxes()) {
			const box = {
				left: canvas.x + label.left,
				top: canvas.y + label.top,
				right: canvas.x + label.right,
				bottom: canvas.y + label.bottom
			};
			if (overlays.some((o) => hits(box, o))) found.push(`label ${label.text} under a control`);
			if (label.left < 0 || label.right > canvas.width) found.push(`label ${label.text} cut`);
		}
		return { found, labels: handle.labelBoxes().length };
	});
	await page.screenshot({ path: 'test-results/fit-view.png' });
	expect(problems.found).toEqual([]);
	expect(problems.labels).toBeGreaterThan(5);
});
