import { NO_FILTERS } from '$lib/graph/compose-visibility';
import { testGraph } from '$lib/graph/test-graph';
import { i18n } from '$lib/i18n/i18n.svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { captionOf, type ViewDescription } from './caption';
import { layoutCaption, wrap, type Measure } from './caption-layout';

const graph = testGraph(['a:party', 'b:party', 'c:statement'], ['a>b:split', 'a-c:co_signature']);
const view: ViewDescription = {
	title: '',
	dataset: 'post-soviet-communists',
	origin: 'default',
	time: { mode: 'point', year: 1995 },
	recentYears: 3,
	filters: { ...NO_FILTERS, hiddenRelations: ['merger'], minDegree: 2 },
	projection: false,
	selected: 'Union of Communists',
	colorBy: 'kind',
	communities: null,
	at: new Date(2026, 10, 22)
};
/** Every character 0.6 em wide: good enough to test wrapping. */
const measure: Measure = (text, size) => text.length * size * 0.6;

afterEach(() => {
	i18n.locale = 'en';
});

describe('captionOf', () => {
	it('says the time, the filters, the selection, what is shown and where the data is from', () => {
		const caption = captionOf(view, graph);
		expect(caption.title).toBe('The post-Soviet communist movement');
		expect(captionOf({ ...view, origin: 'file:x.csv', title: ' Mine ' }, graph).title).toBe('Mine');
		expect(captionOf({ ...view, origin: 'file:x.csv' }, graph).title).toBe(view.dataset);
		expect(caption.lines).toEqual([
			'As of 1995; events of the 3-year period up to it drawn thicker',
			'Relation types hidden: merger; Minimum number of relations: 2',
			'Selected: Union of Communists. 3 organizations, 2 relations'
		]);
		expect(caption.source).toMatch(
			/^Data: Splinter’s dataset of the post-Soviet .* on November 22, 2026\.$/
		);
		expect(caption.legend.map((g) => g.entries.map((e) => [e.label, e.count]))).toEqual([
			[
				['party', 2],
				['statement', 1]
			],
			[
				['split', 1],
				['co-signature', 1]
			]
		]);
	});

	it('speaks the interface language', () => {
		i18n.locale = 'ru';
		const caption = captionOf({ ...view, filters: NO_FILTERS, origin: 'file:my.csv' }, graph);
		expect(caption.lines[1]).toBe('Без фильтров');
		expect(caption.source).toMatch(/^Данные: my\.csv\. Экспортировано из Splinter 22 ноября 2026/);
	});
});

describe('layoutCaption', () => {
	it('wraps to the width and counts one text per legend entry', () => {
		const caption = captionOf(view, graph);
		const narrow = layoutCaption(caption, 240, measure);
		const wide = layoutCaption(caption, 1600, measure);
		expect(narrow.height).toBeGreaterThan(wide.height);
		for (const item of narrow.items) {
			if (item.kind === 'text')
				expect(item.x + measure(item.text, item.size, item.weight)).toBeLessThanOrEqual(240);
		}
		const legendTexts = wide.items.filter((i) => i.kind === 'text' && i.role === 'legend');
		expect(legendTexts).toHaveLength(4);
		expect(wide.items.filter((i) => i.kind === 'symbol')).toHaveLength(4);
	});

	it('cuts a word longer than the line', () => {
		const fits = (line: string) => line.length <= 10;
		expect(wrap('see https://example.org/a/very/long/path now', 10, fits)).toEqual([
			'see',
			'https://ex',
			'ample.org/',
			'a/very/lon',
			'g/path now'
		]);
	});
});
