// The error boundary's way out: when a component fails to render, the page says so and offers to
// try again, to open the default dataset, or to forget the kept import and start again.
import { createRawSnippet, flushSync, mount, unmount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Layout from './+layout.svelte';

const cleared = vi.hoisted(() => ({ count: 0 }));
vi.mock('$lib/state/import-store', () => ({
	importStore: { clear: async () => void cleared.count++ }
}));
// Navigating would take the test page away; a fragment shows where the page would go.
vi.mock('$app/paths', () => ({ resolve: (path: string) => `#went-to${path}` }));

describe('the error boundary', () => {
	it('replaces a failed page with words and three ways out, each of which works', async () => {
		let broken = true;
		const children = createRawSnippet(() => ({
			render: () => {
				if (broken) throw new Error('a component failed');
				return '<p class="recovered">back</p>';
			}
		}));
		const target = document.createElement('div');
		document.body.append(target);
		const page = mount(Layout, { target, props: { children } });
		flushSync();
		expect(target.querySelector('h1')?.textContent).toBe('This view failed to draw');
		const link = target.querySelector<HTMLAnchorElement>('.failed a')!;
		expect(link.textContent).toBe('Open the default dataset');
		expect(link.getAttribute('href')).toBe('#went-to/');

		const [retry, forget] = [...target.querySelectorAll<HTMLButtonElement>('.failed button')];
		forget!.click();
		await vi.waitFor(() => expect(location.hash).toBe('#went-to/'));
		expect(cleared.count).toBe(1);

		broken = false;
		retry!.click();
		flushSync();
		expect(target.querySelector('.recovered')?.textContent).toBe('back');
		expect(target.querySelector('.failed')).toBeNull();
		unmount(page);
		target.remove();
	});
});
