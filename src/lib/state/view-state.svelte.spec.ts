import { loadDataset } from '$lib/data/load-dataset';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppState } from './app-state.svelte';
import { followTimeWindow } from './follow-time-window.svelte';
import { timeWindow } from './time-window.svelte';
import { ViewState } from './view-state.svelte';

const bytes = (text: string) => new TextEncoder().encode(text);

function setup() {
	const app = new AppState();
	app.setDataset(
		loadDataset([
			{
				name: 'organizations.csv',
				bytes: bytes(
					'id,name,kind,founded,dissolved\n' +
						'a,A,party,1990,\nb,B,party,1995,\nc,C,party,,1996\ns,Statement,statement,1997,\n'
				)
			},
			{
				name: 'relations.csv',
				bytes: bytes(
					'source,target,type,start,end\n' +
						'a,b,cooperation,1995,1998\na,c,split,1992,\na,s,co_signature,1997,\nb,s,co_signature,1997,\n'
				)
			}
		])
	);
	return { app, view: new ViewState(app) };
}

const shown = (app: AppState) => [...(app.visibility.nodes ?? app.graph!.nodes())].sort();

describe('ViewState', () => {
	afterEach(() => vi.useRealTimers());

	it('derives AppState.visibility from time and filters without rebuilding the graph', () => {
		const { app, view } = setup();
		const graph = app.graph;
		expect(app.visibility.nodes).toBeNull();
		view.setTime({ mode: 'point', year: 1994 });
		expect(shown(app)).toEqual(['a', 'c']);
		view.setTime({ mode: 'point', year: 1997 });
		expect(shown(app)).toEqual(['a', 'b', 's']);
		view.showKind('statement', false);
		expect(shown(app)).toEqual(['a', 'b']);
		expect(app.graph).toBe(graph);
		expect(view.years).toEqual({ min: 1990, max: 1998 });
	});

	it('draws the projected graph when asked, built once, with positions carried over', () => {
		const { app, view } = setup();
		app.graph!.mergeNodeAttributes('a', { x: 123, y: 45 });
		view.setProjection(true);
		const projected = view.drawnGraph!;
		expect(projected).not.toBe(app.graph);
		expect(projected.hasNode('s')).toBe(false);
		expect(projected.getNodeAttributes('a')).toMatchObject({ x: 123, y: 45 });
		expect(view.needsLayout(projected)).toBe(false);
		expect(view.composed!.shownEdges).toBe(3);
		view.setProjection(false);
		view.setProjection(true);
		expect(view.drawnGraph).toBe(projected);
	});

	it('plays year by year at the chosen speed and stops at the last year', () => {
		vi.useFakeTimers();
		const { view } = setup();
		view.setTime({ mode: 'point', year: 1996 });
		view.playback.setSpeed(2);
		view.playback.play();
		vi.advanceTimersByTime(500);
		expect(view.time).toEqual({ mode: 'point', year: 1997 });
		vi.advanceTimersByTime(500);
		expect(view.time).toEqual({ mode: 'point', year: 1998 });
		expect(view.playback.playing).toBe(false);
		vi.advanceTimersByTime(5000);
		expect(view.time).toEqual({ mode: 'point', year: 1998 });
	});

	it('follows the histogram brush range and writes its own window back', () => {
		const { view } = setup();
		const stop = followTimeWindow(view);
		// At start the view (from the link) wins: all time clears any range.
		flushSync();
		expect(timeWindow.range).toBeNull();
		timeWindow.range = [1991, 1993];
		flushSync();
		expect(view.time).toEqual({ mode: 'window', from: 1991, to: 1993 });
		view.setTime({ mode: 'window', from: 1994, to: 1996 });
		flushSync();
		expect(timeWindow.range).toEqual([1994, 1996]);
		timeWindow.range = null;
		flushSync();
		expect(view.time).toEqual({ mode: 'all' });
		stop();
	});
});
