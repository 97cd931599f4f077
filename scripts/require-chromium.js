// Fails fast, in one line, when no Chromium exists for the browser tests.
import { findChromium } from './chromium-path.js';

const found = await findChromium();
if (!found) {
	console.error(
		'No Chromium for the browser tests: run `apt-get install chromium` (Debian) or `npx playwright install chromium` elsewhere, or set CHROMIUM_PATH.'
	);
	process.exit(1);
}
