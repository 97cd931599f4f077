import { AppState } from '$lib/state/app-state.svelte';
import { loadDataset } from '$lib/data/load-dataset';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import DetailsPanel from './DetailsPanel.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('DetailsPanel', () => {
	it('shows the selected organization as text, never as HTML', () => {
		const app = new AppState();
		app.setDataset(
			loadDataset([
				{
					name: 'organizations.csv',
					bytes: bytes(
						'id,name,name_native,kind\nsk,<img src=x onerror=alert(1)>,Союз коммунистов,party\n'
					)
				},
				{ name: 'relations.csv', bytes: bytes('source,target\nsk,sk\n') }
			])
		);
		const target = document.createElement('div');
		document.body.append(target);
		const panel = mount(DetailsPanel, { target, props: { app } });
		expect(target.querySelector('aside')?.getAttribute('aria-label')).toBe('Details');
		app.select('sk');
		flushSync();
		expect(target.querySelector('h2')?.textContent).toBe('<img src=x onerror=alert(1)>');
		expect(target.querySelector('img')).toBeNull();
		expect(target.textContent).toContain('Союз коммунистов');
		unmount(panel);
		target.remove();
	});
});
