// Small interface preferences kept in localStorage (language, theme, names, panels, the intro).
// Storage may be blocked or full (private windows): then a preference lasts for the session only.

const PREFIX = 'splinter.';

/** The stored value if it is one of `allowed`, else null (a value from an older version, or junk). */
export function readChoice<T extends string>(key: string, allowed: readonly T[]): T | null {
	const value = readStored(key);
	return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

export function readStored(key: string): string | null {
	try {
		return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
	} catch {
		return null;
	}
}

export function writeStored(key: string, value: string | null): void {
	try {
		if (value === null) globalThis.localStorage?.removeItem(PREFIX + key);
		else globalThis.localStorage?.setItem(PREFIX + key, value);
	} catch {
		// Not remembered; the choice still holds until the page is closed.
	}
}
