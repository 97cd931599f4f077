import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium-path.js';

export default defineConfig({
	plugins: [sveltekit()],
	worker: { format: 'es' },
	// The default dataset's CSV files stay real files (fetched like any import), never inlined data: URLs.
	build: { assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined) },
	server: { fs: { allow: ['data'] } },
	preview: { port: 4173, strictPort: true },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts', 'bench/**/*.spec.ts'],
					exclude: ['src/**/*.svelte.spec.ts']
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'browser',
					include: ['src/**/*.svelte.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: chromiumPath(), args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
