import { describe, expect, it } from 'vitest';
import { blobInSlices, inSlices } from './in-slices';

describe('inSlices', () => {
	it('visits every item once, in order', async () => {
		const seen: number[] = [];
		await inSlices([3, 1, 2], (n) => seen.push(n));
		expect(seen).toEqual([3, 1, 2]);
	});

	it('lets other tasks run during a long loop', async () => {
		let ticks = 0;
		const timer = setInterval(() => ticks++, 1);
		const busyUntil = (ms: number) => {
			const end = performance.now() + ms;
			while (performance.now() < end);
		};
		// 2,560 items of 0.05 ms: about 130 ms of work, ten slices or so.
		await inSlices(Array.from({ length: 2560 }), () => busyUntil(0.05));
		clearInterval(timer);
		expect(ticks).toBeGreaterThan(3);
	});

	it('makes the same file of parts as of the whole text, across megabyte chunks', async () => {
		// 3 MB of Cyrillic and astral characters: chunks end between parts, never inside one.
		const parts = Array.from({ length: 60_000 }, (_, i) => `<n id="${i}">Союз 🚩 ${i}</n>\n`);
		const blob = await blobInSlices(parts, 'application/xml');
		expect(blob.type).toBe('application/xml');
		const bytes = new Uint8Array(await blob.arrayBuffer());
		const expected = new TextEncoder().encode(parts.join(''));
		expect(bytes.length).toBe(expected.length);
		expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
	});
});
