import { loadDataset } from '$lib/data/load-dataset';
import { AppState } from '$lib/state/app-state.svelte';
import { ExplorerState } from '$lib/state/explorer-state.svelte';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import SearchBox from './SearchBox.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

function setup() {
	const app = new AppState();
	app.setDataset(
		loadDataset([
			{
				name: 'organizations.csv',
				bytes: bytes(
					'id,name,name_native,aliases,kind\n' +
						'cprf,Communist Party of the Russian Federation,Коммунистическая партия Российской Федерации,,party\n' +
						'cpsu,Communist Party of the Soviet Union,,КПСС,party\n' +
						'x,<b>Bold</b>,,,party\n'
				)
			},
			{ name: 'relations.csv', bytes: bytes('source,target,type\ncprf,cpsu,predecessor\n') }
		])
	);
	const explorer = new ExplorerState(app);
	const target = document.createElement('div');
	document.body.append(target);
	const component = mount(SearchBox, { target, props: { app, explorer } });
	const input = target.querySelector<HTMLInputElement>('input')!;
	const type = (text: string) => {
		input.value = text;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		flushSync();
	};
	const key = (name: string) => {
		input.dispatchEvent(
			new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true })
		);
		flushSync();
	};
	const done = () => {
		unmount(component);
		target.remove();
	};
	return { app, target, input, type, key, done };
}

describe('SearchBox', () => {
	it('is a labelled combobox whose list follows the keyboard', () => {
		const { app, target, input, type, key, done } = setup();
		expect(input.getAttribute('role')).toBe('combobox');
		expect(target.querySelector('label')?.textContent).toBe('Search organizations');
		type('КПРФ');
		const options = target.querySelectorAll('[role="option"]');
		expect(options[0]?.textContent).toContain('Communist Party of the Russian Federation');
		expect(input.getAttribute('aria-expanded')).toBe('true');
		key('ArrowDown');
		expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
		expect(options[0]!.getAttribute('aria-selected')).toBe('true');
		key('Enter');
		expect(app.selected).toBe('cprf');
		expect(input.getAttribute('aria-expanded')).toBe('false');
		done();
	});

	it('closes on Escape without clearing the selection, and shows names as text', () => {
		const { app, target, type, key, done } = setup();
		app.select('cpsu');
		type('bold');
		expect(target.querySelector('[role="option"] b')).toBeNull();
		expect(target.querySelector('[role="option"]')?.textContent).toContain('<b>Bold</b>');
		key('Escape');
		expect(target.querySelector('[role="listbox"]')?.hasAttribute('hidden')).toBe(true);
		expect(app.selected).toBe('cpsu');
		done();
	});
});
