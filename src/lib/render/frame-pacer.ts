// When to ask the layout for the next positions. At most once per animation frame, and no more
// often than keeps drawing (our JavaScript, sigma's, and the wait for the frame's pixels) under
// `duty` of the time: with a GPU a frame costs a few ms and the layout draws at the display's
// rate; drawn on the CPU (SwiftShader, weak machines) a large graph costs far more per frame, and
// drawing less often leaves the CPU to the layout instead of freezing it.

export class FramePacer {
	#duty: number;
	#timer: ReturnType<typeof setTimeout> | null = null;
	#frame = 0;
	#active = false;

	constructor(duty = 0.5) {
		this.#duty = duty;
	}

	/**
	 * Call right after new positions were handed to the renderer (which draws on the next
	 * animation frame); `next` runs once that frame is drawn and the pause it earns has passed.
	 */
	drawn(appliedAt: number, next: () => void): void {
		this.cancel();
		this.#active = true;
		// Two frames: the first is where the renderer draws, the second starts once that one's
		// pixels are done (a software compositor waits for them).
		this.#frame = requestAnimationFrame(() => {
			const rendered = performance.now();
			this.#frame = requestAnimationFrame(() => {
				if (!this.#active) return;
				const vsync = 1000 / 60;
				const busy = rendered - appliedAt + Math.max(0, performance.now() - rendered - vsync);
				const pause = Math.max(0, busy * (1 / this.#duty - 1) - vsync);
				this.#timer = setTimeout(() => {
					this.#timer = null;
					if (this.#active) next();
				}, pause);
			});
		});
	}

	cancel(): void {
		this.#active = false;
		cancelAnimationFrame(this.#frame);
		if (this.#timer !== null) clearTimeout(this.#timer);
		this.#timer = null;
	}
}
