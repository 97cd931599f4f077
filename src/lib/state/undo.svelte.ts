// Undo of view changes through the browser's own history: every meaningful change is an entry
// (view-sync.svelte.ts) numbered in its page state, so Undo is history.back() and is offered only
// while the entry behind us is one of ours, never a step out of the app.
import { page } from '$app/state';

/** Number of our view changes behind the current history entry. */
export function historyStep(): number {
	return page.state.splinterStep ?? 0;
}

export const undo = {
	get available(): boolean {
		return historyStep() > 0;
	},
	run(): void {
		if (historyStep() > 0) history.back();
	}
};
