// `?data=URL`: fetches a file for import and explains failures in words (HTTP status, CORS,
// network). Only http(s) URLs; no cookies or referrer are sent along.
import type { BlobFile } from '$lib/data/worker-protocol';

export type FetchFailure =
	| { kind: 'bad-url'; url: string }
	| { kind: 'http'; url: string; status: number; statusText: string }
	| { kind: 'blocked'; url: string; crossOrigin: boolean };

export class DataUrlError extends Error {
	constructor(readonly failure: FetchFailure) {
		super(`could not load ${failure.url}: ${failure.kind}`);
	}
}

/** The `data` parameter of a page address's query string, or null. */
export function dataUrlParameter(search: string): string | null {
	return new URLSearchParams(search).get('data');
}

/** The address as the page link should keep it: absolute, so it can be shared. */
export function absoluteUrl(raw: string, base = location.href): string {
	return new URL(raw, base).href;
}

export function fileNameOf(url: URL): string {
	const last = decodeURIComponent(url.pathname.split('/').pop() ?? '');
	return last || url.hostname || 'data.csv';
}

export async function fetchDataUrl(raw: string, base = location.href): Promise<BlobFile> {
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		throw new DataUrlError({ kind: 'bad-url', url: raw });
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:')
		throw new DataUrlError({ kind: 'bad-url', url: raw });
	let response: Response;
	try {
		response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
	} catch {
		// fetch tells CORS refusals and network failures apart only as a TypeError.
		const crossOrigin = url.origin !== new URL(base).origin;
		throw new DataUrlError({ kind: 'blocked', url: url.href, crossOrigin });
	}
	if (!response.ok)
		throw new DataUrlError({
			kind: 'http',
			url: url.href,
			status: response.status,
			statusText: response.statusText
		});
	return { name: fileNameOf(url), blob: await response.blob() };
}
