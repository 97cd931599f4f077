import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.js';

// End-to-end tests run against the BUILT static site, served by `vite preview`.
// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 60_000,
	reporter: [['list']],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort`,
		port,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	},
	use: {
		baseURL: `http://localhost:${port}`,
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
	}
});
