// Shared steps for end-to-end tests: open the app with its test handle, read canvas pixels.
import { expect, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';

/** Rows of one of the default dataset's CSV files, read independently of the app's importer. */
export const defaultRows = (name: string) => csvParse(readFileSync(`data/${name}`, 'utf8'));

/** The header's summary line for the default dataset, counted from data/*.csv. */
export const DEFAULT_SUMMARY =
	`${defaultRows('organizations.csv').length} organizations, ` +
	`${defaultRows('relations.csv').length} relations`;

/** Opens the app with `?test`, fails unless WebGL works, and waits for the layout to finish
 * (unless `layout: false`: for tests that never look at where nodes are). */
export async function openApp(
	page: Page,
	query = '',
	{ layout = true }: { layout?: boolean } = {}
): Promise<void> {
	await page.goto(`/?test${query ? `&${query}` : ''}`);
	await page.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 30_000 });
	const renderer = await page.evaluate(() => window.__splinter!.webglRenderer());
	expect(renderer, 'a WebGL context must exist, or the canvas is blank').not.toBe('');
	if (!layout) return;
	await page.waitForFunction(() => !window.__splinter!.layoutRunning(), null, { timeout: 30_000 });
}

/** Counts pixels of an element's screenshot that differ from its background colour (white). */
export async function inkedPixels(page: Page, selector: string): Promise<number> {
	const png = await page.locator(selector).screenshot();
	return page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
		let inked = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) inked++;
		}
		return inked;
	}, png.toString('base64'));
}

/** Page coordinates of a node as drawn. */
export async function nodePosition(page: Page, node: string): Promise<{ x: number; y: number }> {
	const box = await page.locator('.graph').boundingBox();
	const at = await page.evaluate((id) => window.__splinter!.viewportPosition(id), node);
	if (!box || !at) throw new Error(`node ${node} is not drawn`);
	return { x: box.x + at.x, y: box.y + at.y };
}

/** Drops files on the page the way a browser does: a DataTransfer carrying File objects. */
export async function dropFiles(
	page: Page,
	files: { name: string; text: string }[]
): Promise<void> {
	await page.evaluate((files) => {
		const transfer = new DataTransfer();
		for (const f of files) transfer.items.add(new File([f.text], f.name, { type: 'text/csv' }));
		const fire = (type: string) =>
			document.body.dispatchEvent(
				new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true })
			);
		fire('dragenter');
		fire('dragover');
		fire('drop');
	}, files);
}
