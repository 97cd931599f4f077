import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A fully static single-page app: the one page is prerendered as an empty shell (ssr = false).
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		alias: { $data: 'data' }
	}
};

export default config;
