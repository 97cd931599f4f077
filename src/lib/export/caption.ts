// What the caption of an exported image says, in the interface language: a title, the time shown,
// the filters, the selection and what is shown, a legend of what is drawn, and where the data is
// from. Pure: it reads a description of the view, never the state classes.
import type { FilterSettings } from '$lib/graph/compose-visibility';
import type { SplinterGraph } from '$lib/graph/build-graph';
import type { TimeSetting } from '$lib/graph/time-setting';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { Communities } from '$lib/render/communities';
import {
	communityEntries,
	kindEntries,
	relationEntries,
	type LegendEntry
} from '$lib/render/legend-entries';
import { legendKindName, legendRelationName } from '$lib/render/legend-names';
import type { ColorMode } from '$lib/render/visuals';

export interface LegendGroup {
	heading: string;
	entries: LegendEntry[];
}

export interface Caption {
	title: string;
	lines: string[];
	legend: LegendGroup[];
	source: string;
}

export interface ViewDescription {
	title: string;
	/** The dataset's name, and where it came from: 'default', a URL or `file:NAME`. */
	dataset: string;
	origin: string;
	time: TimeSetting;
	recentYears: number;
	filters: FilterSettings;
	projection: boolean;
	/** The label of the selected organization, if any. */
	selected: string | null;
	colorBy: ColorMode;
	communities: Communities | null;
	at: Date;
}

function timeLine(time: TimeSetting, recentYears: number): string {
	if (time.mode === 'all') return t('export.caption.allTime');
	const when =
		time.mode === 'point'
			? t('export.caption.asOf', { year: String(time.year) })
			: t('export.caption.window', { from: String(time.from), to: String(time.to) });
	return recentYears > 0 ? `${when}; ${t('export.caption.recent', { years: recentYears })}` : when;
}

function filterLine(f: FilterSettings, projection: boolean): string {
	const parts: string[] = [];
	if (f.hiddenRelations.length > 0)
		parts.push(
			t('export.caption.hiddenTypes', {
				list: f.hiddenRelations.map(legendRelationName).join(', ')
			})
		);
	if (f.hiddenKinds.length > 0)
		parts.push(
			t('export.caption.hiddenKinds', { list: f.hiddenKinds.map(legendKindName).join(', ') })
		);
	if (f.minDegree > 0) parts.push(t('export.caption.minDegree', { count: f.minDegree }));
	if (f.hideIsolates) parts.push(t('export.caption.isolates'));
	if (f.community !== null) parts.push(t('export.caption.community', { id: f.community }));
	if (f.neighbourhood > 0) parts.push(t(`export.caption.around${f.neighbourhood}`));
	if (projection) parts.push(t('export.caption.projection'));
	return parts.length > 0 ? parts.join('; ') : t('export.caption.noFilters');
}

/** Node colours and relation types of what is drawn, counted among the shown nodes and edges. */
export function legendOf(
	sub: SplinterGraph,
	colorBy: ColorMode,
	communities: Communities | null
): LegendGroup[] {
	let nodes: LegendGroup;
	if (colorBy === 'community' && communities) {
		const sizes = communities.sizes.map(() => 0);
		sub.forEachNode((node) => {
			const position = communities.byNode.get(node);
			if (position !== undefined) sizes[position]!++;
		});
		const entries = communityEntries(
			{ byNode: communities.byNode, sizes },
			(number) => t('legend.community', { number }),
			t('legend.smallCommunities')
		);
		nodes = {
			heading: t('export.caption.communities'),
			entries: entries.filter((e) => e.count > 0)
		};
	} else {
		nodes = { heading: t('export.caption.nodes'), entries: kindEntries(sub, legendKindName) };
	}
	const relations = {
		heading: t('export.caption.relations'),
		entries: relationEntries(sub, legendRelationName)
	};
	return [nodes, relations].filter((group) => group.entries.length > 0);
}

/** The title when the reader gave none: the dataset's name (ours has a proper one). */
export function defaultTitle(dataset: string, origin: string): string {
	return origin === 'default' ? t('export.caption.defaultTitle') : dataset;
}

export function captionOf(view: ViewDescription, sub: SplinterGraph): Caption {
	const date = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'long' }).format(view.at);
	const name = view.origin.startsWith('file:') ? view.origin.slice(5) : view.origin;
	const lines = [
		timeLine(view.time, view.recentYears),
		filterLine(view.filters, view.projection),
		[
			view.selected ? t('export.caption.selected', { name: view.selected }) : '',
			t('export.caption.shown', { nodes: sub.order, edges: sub.size })
		]
			.filter(Boolean)
			.join('. ')
	];
	return {
		title: view.title.trim() || defaultTitle(view.dataset, view.origin),
		lines,
		legend: legendOf(sub, view.colorBy, view.communities),
		source:
			view.origin === 'default'
				? t('export.caption.sourceDefault', { date })
				: t('export.caption.source', { name: name || view.dataset, date })
	};
}
