// Long loops of an export in slices of a few milliseconds, so the page keeps drawing and answering
// while 250,000 relations are read: one loop over them held it for seconds.
const SLICE_MS = 16;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Calls `each` for every item, yielding to the page whenever a slice's time is used up. The clock
 * is read every `checkEvery` items only: reading it costs more than most items.
 */
export async function inSlices<T>(
	items: Iterable<T>,
	each: (item: T) => void,
	checkEvery = 256
): Promise<void> {
	let sliceStart = performance.now();
	let count = 0;
	for (const item of items) {
		each(item);
		if (++count % checkEvery === 0 && performance.now() - sliceStart > SLICE_MS) {
			await nextTask();
			sliceStart = performance.now();
		}
	}
}

/**
 * Text parts as a file, encoded to UTF-8 a megabyte at a time: a Blob made from one string of
 * 100 MB encodes it in one go (2 s at 250,000 relations).
 */
export async function blobInSlices(parts: string[], type: string): Promise<Blob> {
	const chunks: string[] = [];
	let pending: string[] = [];
	let length = 0;
	await inSlices(parts, (part) => {
		pending.push(part);
		length += part.length;
		if (length < 1 << 20) return;
		chunks.push(pending.join(''));
		pending = [];
		length = 0;
	});
	chunks.push(pending.join(''));
	const encoder = new TextEncoder();
	const bytes: Uint8Array<ArrayBuffer>[] = [];
	await inSlices(chunks, (chunk) => bytes.push(encoder.encode(chunk)), 1);
	return new Blob(bytes, { type });
}
