// Where tests find Chromium: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
// download (if someone installed one). Shared by playwright.config.ts, vite.config.ts and require-chromium.js.
import { existsSync } from 'node:fs';

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** @returns {Promise<string | null>} the browser that will run, or null when there is none */
export async function findChromium() {
	const path = chromiumPath();
	if (path) return existsSync(path) ? path : null;
	try {
		const { chromium } = await import('playwright');
		const own = chromium.executablePath();
		return own && existsSync(own) ? own : null;
	} catch {
		return null;
	}
}

/** Flags for headless Chromium here: no sandbox as root, no calls home, no throttled background tabs. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-renderer-backgrounding',
	'--disable-background-timer-throttling'
];
