// Feedback for work that runs on the main thread and can take a moment on a large graph (Louvain
// communities, the one-mode projection): the label shows, a frame is painted, then the work runs.
// Imports and the layout run in workers and report their own progress.

/** Resolves after the browser has painted the current state. */
function nextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

class Busy {
	/** What is being done, for the progress line over the graph; null when nothing is. */
	label = $state<string | null>(null);
	#running = 0;

	async run<T>(label: string, work: () => T): Promise<T> {
		this.#running++;
		this.label = label;
		try {
			await nextPaint();
			return work();
		} finally {
			if (--this.#running === 0) this.label = null;
		}
	}
}

export const busy = new Busy();
