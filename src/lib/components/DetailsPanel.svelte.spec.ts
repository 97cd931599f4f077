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

	it('lists relations in words with neighbour buttons, and links only http(s) sources', () => {
		const app = new AppState();
		app.setDataset(
			loadDataset([
				{
					name: 'organizations.csv',
					bytes: bytes(
						'id,name,kind,website,source_ref\n' +
							'sk,Union of Communists,party,javascript:alert(1),seed.txt §intro ; https://example.org/sk\n' +
							'ucp,UCP-CPSU,umbrella,https://ucp.example,seed.txt\n' +
							'pg,Prigarin group,faction,,seed.txt\n'
					)
				},
				{
					name: 'relations.csv',
					bytes: bytes(
						'source,target,type,start,end,source_ref\n' +
							'sk,ucp,member_of,1993-04,2001,seed.txt §History\n' +
							'sk,pg,expulsion,1993-12,,javascript:alert(2)\n'
					)
				}
			])
		);
		const target = document.createElement('div');
		document.body.append(target);
		const panel = mount(DetailsPanel, { target, props: { app } });
		app.select('sk');
		flushSync();
		expect(target.textContent).toContain('Member of');
		expect(target.textContent).toContain('Apr 1993 – 2001');
		expect(target.textContent).toContain('Expelled');
		const links = [...target.querySelectorAll('a')].map((a) => a.getAttribute('href'));
		expect(links).toEqual(['https://example.org/sk']);
		expect(target.textContent).toContain('javascript:alert(1)');
		const neighbour = [...target.querySelectorAll('button')].find(
			(b) => b.textContent?.trim() === 'UCP-CPSU'
		)!;
		neighbour.click();
		flushSync();
		expect(app.selected).toBe('ucp');
		expect(target.querySelector('h2')?.textContent).toBe('UCP-CPSU');
		expect(target.textContent).toContain('Members');
		window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
		flushSync();
		expect(app.selected).toBeNull();
		unmount(panel);
		target.remove();
	});
});
