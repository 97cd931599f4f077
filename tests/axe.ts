// axe-core accessibility checks inside the page. The script is evaluated through the DevTools
// protocol rather than added as a <script> tag, so the site's Content-Security-Policy stays on.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** WCAG 2 A and AA violations inside the given selectors, as "rule: targets" lines. */
export async function axeViolations(page: Page, include: string[]): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (selectors) => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(selectors, { runOnly: ['wcag2a', 'wcag2aa'] });
		return result.violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' ')}`
		);
	}, include);
}
