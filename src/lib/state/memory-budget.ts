// The heap an import may use, from what the browser says of its own limits. Chromium tells
// (performance.memory, the same limit for the page and each worker); other browsers do not, and
// there the usual 64-bit limit is assumed. A margin stays free for the work around the import.
import type { MemoryBudget } from '$lib/data/memory-estimate';

interface HeapFigures {
	jsHeapSizeLimit: number;
	usedJSHeapSize: number;
}

const ASSUMED_LIMIT = 4 * 1024 ** 3;
const USABLE = 0.85;

export function memoryBudget(
	memory: HeapFigures | undefined = (performance as { memory?: HeapFigures }).memory
): MemoryBudget {
	const limit = memory?.jsHeapSizeLimit || ASSUMED_LIMIT;
	const used = memory?.usedJSHeapSize ?? 0;
	// The page still holds the dataset on screen while the new one is built.
	return { worker: limit * USABLE, page: Math.max(0, limit * USABLE - used) };
}
