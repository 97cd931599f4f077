import { afterEach, describe, expect, it, vi } from 'vitest';
import { COMPACT_BELOW, COMPACT_BELOW_HEIGHT, PanelLayout } from './panels.svelte';

function layout(width: number, height: number): PanelLayout {
	const panels = new PanelLayout();
	panels.width = width;
	panels.height = height;
	return panels;
}

afterEach(() => vi.unstubAllGlobals());

describe('PanelLayout', () => {
	it('gives the side panels their default sizes, capped so the graph keeps half the width', () => {
		const wide = layout(1920, 1080);
		expect(wide.sizeOf('sidebar')).toBe(288);
		expect(wide.sizeOf('details')).toBe(352);
		expect(wide.sizeOf('drawer')).toBe(238);
		const narrow = layout(1000, 700);
		expect(narrow.sizeOf('sidebar') + narrow.sizeOf('details')).toBeLessThanOrEqual(500);
		wide.resize('sidebar', 5000);
		wide.resize('details', 5000);
		expect(wide.sizeOf('sidebar') + wide.sizeOf('details')).toBeLessThanOrEqual(1920 / 2);
		wide.resize('sidebar', 10);
		expect(wide.sizeOf('sidebar')).toBe(wide.bounds('sidebar').min);
		wide.reset('sidebar');
		expect(wide.sizeOf('sidebar')).toBe(288);
	});

	it('a phone held sideways (wide but short) gets sheets too, with the drawer collapsed', () => {
		const sideways = layout(932, COMPACT_BELOW_HEIGHT - 70);
		expect(sideways.compact).toBe(true);
		expect(sideways.isOpen('drawer')).toBe(false);
		expect(layout(932, 700).compact).toBe(false);
	});

	it('on a narrow screen shows one panel at a time as a sheet', () => {
		const phone = layout(COMPACT_BELOW - 1, 740);
		expect(phone.compact).toBe(true);
		expect(['sidebar', 'details', 'drawer'].map((id) => phone.isOpen(id as never))).toEqual([
			false,
			false,
			false
		]);
		phone.show('sidebar');
		phone.show('details');
		expect(phone.isOpen('sidebar')).toBe(false);
		expect(phone.isOpen('details')).toBe(true);
		phone.toggle('details');
		expect(phone.sheet).toBeNull();
		// The wide layout is untouched by sheets.
		expect(phone.open).toEqual({ sidebar: true, details: true, drawer: true });
	});

	it('remembers the wide layout, and ignores a stored value it does not understand', () => {
		const store = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => store.get(key) ?? null,
			setItem: (key: string, value: string) => store.set(key, value),
			removeItem: (key: string) => store.delete(key)
		});
		const fakeWindow = {
			innerWidth: 1600,
			innerHeight: 900,
			addEventListener() {},
			removeEventListener() {}
		};
		const first = layout(1600, 900);
		first.hide('drawer');
		first.resize('details', 400);
		const second = new PanelLayout();
		second.start(fakeWindow as unknown as Window);
		expect(second.isOpen('drawer')).toBe(false);
		expect(second.sizeOf('details')).toBe(400);
		store.set('splinter.panels', '{"open":{"sidebar":"yes"}}');
		const third = new PanelLayout();
		third.start(fakeWindow as unknown as Window);
		expect(third.isOpen('drawer')).toBe(true);
	});
});
