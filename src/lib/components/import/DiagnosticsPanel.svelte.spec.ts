import { loadDataset } from '$lib/data/load-dataset';
import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import DiagnosticsPanel from './DiagnosticsPanel.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('DiagnosticsPanel', () => {
	it('shows the totals and problems grouped by reason, as text only', () => {
		const dataset = loadDataset([
			{
				name: 'e.csv',
				bytes: bytes('source,target,start\n<b>x</b>,<b>x</b>,1991\n,B,1992\nA,B,soon\n')
			}
		]);
		const target = document.createElement('div');
		document.body.append(target);
		const panel = mount(DiagnosticsPanel, { target, props: { dataset } });
		flushSync();
		expect(target.querySelector('[data-testid="import-totals"]')?.textContent?.trim()).toBe(
			'3 rows read = 2 imported + 1 rejected'
		);
		const summaries = [...target.querySelectorAll('summary')].map((s) => s.textContent?.trim());
		expect(summaries).toEqual([
			'Empty source or target: 1',
			'Tie to itself (kept): 1',
			'Unreadable date: 1'
		]);
		expect(target.textContent).toContain('e.csv:3:1');
		expect(target.textContent).toContain('"<b>x</b>" is tied to itself (kept)');
		expect(target.querySelector('b')).toBeNull();
		unmount(panel);
		target.remove();
	});
});
