// The import size limit: files above it are imported only after the reader agrees, because a
// browser tab holds the whole file and its graph in memory. The limit is the reader's to change.

export const DEFAULT_LIMIT_MB = 500;
const KEY = 'splinter-size-limit-mb';
const MB = 1024 * 1024;

/** The limit in megabytes: the reader's choice if one was saved, else the default. */
export function readLimitMb(storage: Pick<Storage, 'getItem'> | null = safeStorage()): number {
	const saved = Number(storage?.getItem(KEY) ?? NaN);
	return Number.isFinite(saved) && saved > 0 ? saved : DEFAULT_LIMIT_MB;
}

export function writeLimitMb(
	mb: number,
	storage: Pick<Storage, 'setItem'> | null = safeStorage()
): void {
	if (Number.isFinite(mb) && mb > 0) storage?.setItem(KEY, String(mb));
}

/** Total size in bytes when it is above the limit, else null. */
export function overLimit(sizes: number[], limitMb: number): number | null {
	const total = sizes.reduce((sum, size) => sum + size, 0);
	return total > limitMb * MB ? total : null;
}

export const toMb = (bytes: number) => Math.ceil(bytes / MB);

function safeStorage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		// Storage can be switched off; the default limit then applies.
		return null;
	}
}
