// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** How many view changes of ours lie behind this history entry (0: none, Undo is off). */
			splinterStep?: number;
		}
	}
}

export {};
