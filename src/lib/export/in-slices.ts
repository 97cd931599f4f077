// Long loops of an export in slices of a few milliseconds, so the page keeps drawing and answering
// while 250,000 relations are read: one loop over them held it for seconds.
const SLICE_MS = 16;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Calls `each` for every item, yielding to the page whenever a slice's time is used up. */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void): Promise<void> {
	let sliceStart = performance.now();
	let count = 0;
	for (const item of items) {
		each(item);
		// The clock is read every 256 items only: reading it costs more than most items.
		if ((++count & 255) === 0 && performance.now() - sliceStart > SLICE_MS) {
			await nextTask();
			sliceStart = performance.now();
		}
	}
}
