// Which name of an organization the interface shows: the English `name`, the native-script
// `name_native`, or both. "Automatic" follows the interface language (native names in Russian).
// Used by every place that names an organization: graph labels, search, details, table, filters.
import { i18n } from '$lib/i18n/i18n.svelte';
import { readChoice, writeStored } from './stored';

export type NameMode = 'english' | 'native' | 'both';
export type NameChoice = 'auto' | NameMode;
export const NAME_CHOICES: readonly NameChoice[] = ['auto', 'english', 'native', 'both'];
const STORAGE_KEY = 'names';

export interface Named {
	name: string;
	nameNative: string;
}

/** The shown name of an organization under a mode; falls back to whichever name exists. */
export function nameIn(mode: NameMode, org: Named): string {
	const native = org.nameNative.trim();
	if (!native || native === org.name) return org.name || native;
	if (mode === 'native') return native;
	if (mode === 'both') return org.name ? `${org.name} / ${native}` : native;
	return org.name || native;
}

/** The name not already shown (for a second line), or '' when there is none. */
export function otherNameIn(mode: NameMode, org: Named): string {
	const native = org.nameNative.trim();
	if (!native || !org.name || native === org.name || mode === 'both') return '';
	return mode === 'native' ? org.name : native;
}

/** A language tag for a name, so screen readers read Cyrillic with a Russian voice. */
export function nameLang(text: string): string | undefined {
	return /\p{Script=Cyrillic}/u.test(text) ? 'ru' : undefined;
}

export class NameDisplay {
	choice = $state<NameChoice>('auto');
	mode: NameMode = $derived(
		this.choice === 'auto' ? (i18n.locale === 'ru' ? 'native' : 'english') : this.choice
	);

	start(): void {
		this.choice = readChoice(STORAGE_KEY, NAME_CHOICES) ?? 'auto';
	}

	choose(choice: NameChoice): void {
		this.choice = choice;
		writeStored(STORAGE_KEY, choice === 'auto' ? null : choice);
	}

	of = (org: Named): string => nameIn(this.mode, org);
	other = (org: Named): string => otherNameIn(this.mode, org);
}

export const names = new NameDisplay();
