import { describe, expect, it } from 'vitest';
import { DARK_PALETTE, LIGHT_PALETTE } from '$lib/render/palette';
import { ThemeState } from './theme.svelte';

describe('ThemeState', () => {
	it('follows the system until toggled; toggling back to what the system asks follows it again', () => {
		const theme = new ThemeState();
		theme.system = 'dark';
		expect(theme.resolved).toBe('dark');
		expect(theme.palette).toBe(DARK_PALETTE);
		theme.toggle();
		expect([theme.choice, theme.resolved]).toEqual(['light', 'light']);
		expect(theme.palette).toBe(LIGHT_PALETTE);
		theme.system = 'light';
		expect(theme.resolved).toBe('light');
		theme.toggle();
		expect([theme.choice, theme.resolved]).toEqual(['dark', 'dark']);
		theme.toggle();
		expect(theme.choice).toBe('system');
	});
});
