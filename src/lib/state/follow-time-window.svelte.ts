// The time control's window follows the histogram brush's range (timeWindow.range) and is written
// back to it, so the brush shows a window set on the slider. Returns the function that stops it.
import { untrack } from 'svelte';
import { timeWindow } from './time-window.svelte';
import type { ViewState } from './view-state.svelte';

export function followTimeWindow(view: ViewState): () => void {
	return $effect.root(() => {
		// View → brush first, so a window from a link reaches the brush before the brush is read.
		$effect(() => {
			const time = view.time;
			const range: [number, number] | null = time.mode === 'window' ? [time.from, time.to] : null;
			const current = untrack(() => timeWindow.range);
			if (range?.[0] !== current?.[0] || range?.[1] !== current?.[1]) timeWindow.range = range;
		});
		$effect(() => {
			const range = timeWindow.range;
			untrack(() => {
				const time = view.time;
				const same = time.mode === 'window' && time.from === range?.[0] && time.to === range?.[1];
				if (same) return;
				if (range) {
					view.playback.pause();
					view.setTime({ mode: 'window', from: range[0], to: range[1] });
				}
				// Cleared by the brush while the window was on: back to all time.
				else if (view.time.mode === 'window') view.setTime({ mode: 'all' });
			});
		});
	});
}
