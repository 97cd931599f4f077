// Mapping choices remembered in localStorage per header: a file with the same header next time
// imports with the same roles, delimiter and encoding, without asking again.
import type { FileChoices } from '$lib/data/load-dataset';
import { headerKey } from '$lib/data/header-key';

const STORAGE_KEY = 'splinter.import.mappings';
const MAX_REMEMBERED = 50;

type Remembered = Record<string, FileChoices & { savedAt: number }>;

function readAll(): Remembered {
	try {
		const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
		return parsed && typeof parsed === 'object' ? (parsed as Remembered) : {};
	} catch {
		return {};
	}
}

export function recallMapping(header: string[]): FileChoices | null {
	const entry = readAll()[headerKey(header)];
	if (!entry || !Array.isArray(entry.roles)) return null;
	const { savedAt: _savedAt, ...choices } = entry;
	return choices;
}

export function rememberMapping(header: string[], choices: FileChoices): void {
	const all = readAll();
	all[headerKey(header)] = { ...choices, savedAt: Date.now() };
	const newest = Object.entries(all)
		.sort((a, b) => b[1].savedAt - a[1].savedAt)
		.slice(0, MAX_REMEMBERED);
	try {
		localStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(newest)));
	} catch {
		// Storage full or blocked (private mode): the mapping is simply not remembered.
	}
}
