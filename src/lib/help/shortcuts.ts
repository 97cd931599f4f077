// Every keyboard shortcut the app has, for the shortcut sheet (`?`). The page-wide ones are
// handled in components/help/KeyboardShortcuts.svelte; the others belong to the control named.
// Keys are key caps, written the same in every language; what they do is a catalogue key.

export interface Shortcut {
	keys: string[];
	/** Catalogue key of what the shortcut does. */
	does: string;
}

export interface ShortcutGroup {
	/** Catalogue key of the group's heading. */
	heading: string;
	shortcuts: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
	{
		heading: 'shortcuts.anywhere',
		shortcuts: [
			{ keys: ['?'], does: 'shortcuts.help' },
			{ keys: ['/'], does: 'shortcuts.search' },
			{ keys: ['Ctrl Z', '⌘ Z'], does: 'shortcuts.undo' },
			{ keys: ['Alt ←', 'Alt →'], does: 'shortcuts.history' },
			{ keys: ['Esc'], does: 'shortcuts.escape' },
			{ keys: ['Ctrl V'], does: 'shortcuts.paste' }
		]
	},
	{
		heading: 'shortcuts.inSearch',
		shortcuts: [
			{ keys: ['↓', '↑'], does: 'shortcuts.searchMove' },
			{ keys: ['Enter'], does: 'shortcuts.searchChoose' },
			{ keys: ['Esc'], does: 'shortcuts.searchClear' }
		]
	},
	{
		heading: 'shortcuts.inControls',
		shortcuts: [
			{ keys: ['←', '→', 'Home', 'End'], does: 'shortcuts.slider' },
			{ keys: ['←', '→', 'Home', 'End'], does: 'shortcuts.tabs' },
			{ keys: ['←', '→', '↑', '↓', 'Shift'], does: 'shortcuts.splitter' },
			{ keys: ['Enter'], does: 'shortcuts.splitterCollapse' }
		]
	},
	{
		heading: 'shortcuts.inGraph',
		shortcuts: [
			{ keys: ['←', '→', '↑', '↓'], does: 'shortcuts.graphMove' },
			{ keys: ['+', '−'], does: 'shortcuts.graphZoom' },
			{ keys: ['0'], does: 'shortcuts.graphFit' }
		]
	}
];
