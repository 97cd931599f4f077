// Light or dark: follows the system setting until the reader presses the toggle, and remembers
// that choice. The resolved theme is one attribute on <html> (the CSS tokens follow it) and is
// read by the graph renderer for its palette.
import { paletteFor, type Palette } from '$lib/render/palette';
import { readChoice, writeStored } from './stored';

export type Theme = 'light' | 'dark';
export type ThemeChoice = 'system' | Theme;
const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'theme';

export class ThemeState {
	choice = $state<ThemeChoice>('system');
	/** What the system asks for (prefers-color-scheme). */
	system = $state<Theme>('light');
	resolved: Theme = $derived(this.choice === 'system' ? this.system : this.choice);
	/** The graph's colours in this theme (graph, legend, filters, charts). */
	palette: Palette = $derived(paletteFor(this.resolved));

	/** Reads the remembered choice, follows the system setting, and applies the theme to <html>. */
	start(): () => void {
		this.choice = readChoice(STORAGE_KEY, CHOICES) ?? 'system';
		const query = matchMedia('(prefers-color-scheme: dark)');
		const follow = () => (this.system = query.matches ? 'dark' : 'light');
		follow();
		query.addEventListener('change', follow);
		const stop = $effect.root(() => {
			$effect(() => {
				const root = document.documentElement;
				root.dataset.theme = this.resolved;
			});
		});
		return () => {
			query.removeEventListener('change', follow);
			stop();
		};
	}

	/** The toggle: the other theme. Choosing what the system already asks for means "follow it". */
	toggle(): void {
		const next: Theme = this.resolved === 'dark' ? 'light' : 'dark';
		this.choice = next === this.system ? 'system' : next;
		writeStored(STORAGE_KEY, this.choice === 'system' ? null : this.choice);
	}
}

export const theme = new ThemeState();
