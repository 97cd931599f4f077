import { loadDataset } from '$lib/data/load-dataset';
import { i18n } from '$lib/i18n/i18n.svelte';
import { AppState } from '$lib/state/app-state.svelte';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import membership from '../../../../tests/fixtures/charts/membership.csv?raw';
import organizations from '../../../../tests/fixtures/charts/organizations.csv?raw';
import relations from '../../../../tests/fixtures/charts/relations.csv?raw';
import ChartsPanel from './ChartsPanel.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

function setup(files: Record<string, string>) {
	const app = new AppState();
	app.setDataset(
		loadDataset(Object.entries(files).map(([name, text]) => ({ name, bytes: bytes(text) })))
	);
	const target = document.createElement('div');
	target.style.width = '1000px';
	document.body.append(target);
	const panel = mount(ChartsPanel, { target, props: { app } });
	return {
		app,
		target,
		done() {
			unmount(panel);
			target.remove();
		}
	};
}

describe('ChartsPanel', () => {
	it('draws membership over three orders of magnitude on a log axis, in both languages', async () => {
		const { app, target, done } = setup({
			'organizations.csv': organizations,
			'relations.csv': relations,
			'membership.csv': membership
		});
		const chart = () => target.querySelector('[data-testid="membership-chart"]');
		await expect.poll(() => chart()?.querySelectorAll('.row').length).toBe(4);
		expect(chart()!.textContent).toContain('Members (latest figure, log scale)');
		// Largest first: the party's latest figure (2015), then down to the faction's 35.
		const order = [...chart()!.querySelectorAll('.row')].map((r) => r.getAttribute('data-org'));
		expect(order).toEqual(['p1', 'p2', 'm1', 'f1']);
		expect(target.textContent).toContain(
			'Organizations shown without a membership figure (not in the chart): 2.'
		);

		// Clicking a bar selects; hover sets the app's hovered organization.
		const bar = chart()!.querySelector('.row[data-org="f1"]')!;
		bar.dispatchEvent(new PointerEvent('pointerenter'));
		expect(app.hovered).toBe('f1');
		bar.dispatchEvent(new PointerEvent('pointerleave'));
		expect(app.hovered).toBeNull();
		(bar as SVGGElement).dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(app.selected).toBe('f1');
		flushSync();
		expect(bar.getAttribute('aria-current')).toBe('true');

		i18n.locale = 'ru';
		flushSync();
		expect(chart()!.textContent).toContain('логарифмическая шкала');
		expect(target.textContent).toContain('Нет данных о съездах');
		i18n.locale = 'en';
		done();
	});

	it('says which table would fill each chart for a bare edge list', async () => {
		const { target, done } = setup({ 'relations.csv': relations });
		await expect
			.poll(() => target.textContent)
			.toContain('No membership data: add a membership table (see data/README.md).');
		expect(target.textContent).toContain(
			'No congress data: add a congresses table (see data/README.md).'
		);
		expect(target.querySelector('svg')).toBeNull();
		done();
	});
});
