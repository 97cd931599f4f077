// The last import, kept in IndexedDB across reloads: its files (as Blobs, no copy) and the choices
// made for them, so a reload re-runs the same import. The page link decides whether it is opened:
// `data=file:NAME` names it; a link without `data` is the default dataset.
import type { LoadOptions } from '$lib/data/load-dataset';
import type { BlobFile } from '$lib/data/worker-protocol';

export interface StoredImport {
	name: string;
	files: BlobFile[];
	options: LoadOptions;
	savedAt: string;
	/** The http(s) URL the files were fetched from (`?data=`), so the page link can name it. */
	origin?: string;
}

const DB_NAME = 'splinter-import';
const STORE = 'imports';
const KEY = 'last';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = indexedDB.open(DB_NAME, 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
	});
}

async function transact<T>(
	mode: IDBTransactionMode,
	act: (store: IDBObjectStore) => IDBRequest
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, mode);
			const request = act(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(request.result as T);
			tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
			tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
		});
	} finally {
		db.close();
	}
}

export const importStore = {
	async load(): Promise<StoredImport | null> {
		return (await transact<StoredImport | undefined>('readonly', (s) => s.get(KEY))) ?? null;
	},
	async save(value: Omit<StoredImport, 'savedAt'>): Promise<void> {
		const record: StoredImport = { ...value, savedAt: new Date().toISOString() };
		await transact('readwrite', (s) => s.put(record, KEY));
	},
	async clear(): Promise<void> {
		await transact('readwrite', (s) => s.delete(KEY));
	}
};
