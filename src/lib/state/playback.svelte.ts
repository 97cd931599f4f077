// Play: moves the time control from one year in which something is dated to the next, at the
// chosen speed (years shown per second), and stops at the last year.
import { nextYear, playStart } from '$lib/graph/time-setting';
import type { ViewState } from './view-state.svelte';

export const SPEEDS = [0.5, 1, 2, 4] as const;

export class Playback {
	playing = $state(false);
	/** Years per second. */
	speed = $state(1);
	#view: ViewState;
	#timer: ReturnType<typeof setInterval> | null = null;

	constructor(view: ViewState) {
		this.#view = view;
	}

	play(): void {
		const years = this.#view.years;
		if (!years || this.playing) return;
		this.#view.setTime(playStart(this.#view.time, years));
		this.playing = true;
		this.#schedule();
	}

	pause(): void {
		this.playing = false;
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}

	setSpeed(speed: number): void {
		this.speed = speed;
		if (this.playing) this.#schedule();
	}

	#schedule(): void {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = setInterval(() => this.#step(), 1000 / this.speed);
	}

	#step(): void {
		const years = this.#view.years;
		const events = this.#view.eventYears;
		const next = years ? nextYear(this.#view.time, years, events) : null;
		if (next) this.#view.setTime(next);
		if (!next || !nextYear(next, years!, events)) this.pause();
	}
}
