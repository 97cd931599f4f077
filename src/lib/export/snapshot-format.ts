// How a Splinter snapshot file announces itself: JSON whose first key is `"format":
// "splinter-snapshot"`. Tiny on purpose: the importer checks every file with it, and the reader
// itself (snapshot.ts) loads only when a snapshot arrives.
export const SNAPSHOT_FORMAT = 'splinter-snapshot';
export const SNAPSHOT_VERSION = 1;

const SIGNATURE = new RegExp(`^\\s*\\{\\s*"format"\\s*:\\s*"${SNAPSHOT_FORMAT}"`);

/** True when the head of a file (its first kilobyte is enough) is a snapshot's. */
export function looksLikeSnapshot(head: Uint8Array): boolean {
	const text = new TextDecoder().decode(head.subarray(0, 1024)).replace(/^\uFEFF/, '');
	return SIGNATURE.test(text);
}
