import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// A fully static single-page app: the one page is prerendered as an empty shell (ssr = false).
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		alias: { $data: 'data' },
		// Content-Security-Policy, written into the page as a <meta> tag with the hash of kit's
		// bootstrap script. Data never becomes script: no inline or eval'd code runs. Workers come
		// from the site itself or from blob: URLs (graphology's ForceAtlas2 supervisor builds its
		// worker from a blob). connect-src allows https: so that `?data=URL` can fetch a dataset the
		// user names; nothing is fetched from elsewhere unless the user asks (see SECURITY.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self', 'https:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
