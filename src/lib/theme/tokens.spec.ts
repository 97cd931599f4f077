// The interface tokens meet WCAG AA in both themes: read from tokens.css itself, so a colour
// changed there is checked here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from './color-math';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

function tokens(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	const block = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries(
		[...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1]!, m[2]!])
	);
}

const light = tokens(':root');
const themes = { light, dark: { ...light, ...tokens(":root[data-theme='dark']") } };

describe.each(Object.entries(themes))('%s theme tokens', (_name, t) => {
	const grounds = [
		'bg',
		'surface',
		'surface-muted',
		'surface-raised',
		'control-bg',
		'highlight',
		'hover'
	];

	it('give text and links 4.5:1 on every background', () => {
		const weak = ['text', 'text-muted', 'accent'].flatMap((fg) =>
			grounds
				.filter((bg) => contrast(t[fg]!, t[bg]!) < 4.5)
				.map((bg) => `${fg} on ${bg}: ${contrast(t[fg]!, t[bg]!).toFixed(2)}`)
		);
		expect(weak).toEqual([]);
	});

	it('give control borders and the focus ring 3:1', () => {
		for (const fg of ['control-border', 'focus']) {
			for (const bg of ['bg', 'surface', 'control-bg']) {
				expect(contrast(t[fg]!, t[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
			}
		}
	});

	it('keep messages readable on their own backgrounds', () => {
		expect(contrast(t.danger!, t['danger-bg']!)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t.text!, t['warn-bg']!)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t.text!, t['info-bg']!)).toBeGreaterThanOrEqual(4.5);
		expect(contrast(t['accent-text']!, t.accent!)).toBeGreaterThanOrEqual(4.5);
	});
});
