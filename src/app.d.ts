// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The selected organization of this history entry (src/lib/state/selection-history.svelte.ts). */
			selected?: string | null;
		}
	}
}

export {};
