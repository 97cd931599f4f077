// The shareable view as URL query parameters, both ways. Pure: no DOM, no Svelte. Decoding never
// throws; each unknown, repeated or malformed parameter is dropped and reported as a notice.
import { NO_FILTERS, type FilterSettings } from '$lib/graph/compose-visibility';
import type { TimeSetting } from '$lib/graph/time-setting';
import type { ColorMode, SizeMeasure } from '$lib/render/visuals';

export interface CameraSnapshot {
	x: number;
	y: number;
	ratio: number;
	angle: number;
}

export interface ViewSnapshot {
	/** 'default' for the built-in dataset, 'file:<name>' for a file the reader opened. */
	source: string;
	selected: string | null;
	time: TimeSetting;
	recentYears: number;
	filters: FilterSettings;
	projection: boolean;
	camera: CameraSnapshot | null;
	/** What node colour and size encode. */
	colorBy: ColorMode;
	sizeBy: SizeMeasure;
}

export const DEFAULT_SOURCE = 'default';

export const DEFAULT_VIEW: ViewSnapshot = {
	source: DEFAULT_SOURCE,
	selected: null,
	time: { mode: 'all' },
	recentYears: 3,
	filters: NO_FILTERS,
	projection: false,
	camera: null,
	colorBy: 'kind',
	sizeBy: 'degree'
};

export interface UrlNotice {
	param: string;
	value: string;
	/** 'unavailable': well formed, but not in this dataset or not loadable from a link. */
	reason: 'unknown' | 'malformed' | 'repeated' | 'unavailable';
}

/** Parameters that belong to others (the test handle) and pass through untouched. */
export const PASSTHROUGH_PARAMS: ReadonlySet<string> = new Set(['test']);

const YEAR = /^\d{1,4}$/;
const INTEGER = /^\d{1,7}$/;
const MAX_RECENT = 100;

export function encodeView(view: ViewSnapshot, passthrough: [string, string][] = []): string {
	const params = new URLSearchParams(passthrough);
	const { filters, time, camera } = view;
	if (view.source !== DEFAULT_SOURCE) params.set('data', view.source);
	if (view.selected !== null) params.set('org', view.selected);
	if (time.mode === 'point') params.set('time', String(time.year));
	if (time.mode === 'window') params.set('time', `${time.from}-${time.to}`);
	if (view.recentYears !== DEFAULT_VIEW.recentYears) params.set('recent', String(view.recentYears));
	for (const type of [...new Set(filters.hiddenRelations)].sort()) params.append('hideType', type);
	for (const kind of [...new Set(filters.hiddenKinds)].sort()) params.append('hideKind', kind);
	if (filters.minDegree > 0) params.set('minDegree', String(filters.minDegree));
	if (filters.hideIsolates) params.set('isolates', 'hide');
	if (filters.community !== null) params.set('community', filters.community);
	if (filters.neighbourhood > 0) params.set('around', String(filters.neighbourhood));
	if (view.projection) params.set('projection', 'on');
	if (view.colorBy !== DEFAULT_VIEW.colorBy) params.set('color', view.colorBy);
	if (view.sizeBy !== DEFAULT_VIEW.sizeBy) params.set('size', view.sizeBy);
	if (camera) params.set('camera', [camera.x, camera.y, camera.ratio, camera.angle].join(','));
	const text = params.toString();
	return text ? `?${text}` : '';
}

type Reader = (value: string, view: ViewSnapshot) => ViewSnapshot | null;
const withFilters = (view: ViewSnapshot, patch: Partial<FilterSettings>): ViewSnapshot => ({
	...view,
	filters: { ...view.filters, ...patch }
});
const nonEmpty = (value: string) => value.trim() !== '' && value.length <= 500;

const SINGLE: Record<string, Reader> = {
	data: (v, view) => (nonEmpty(v) ? { ...view, source: v } : null),
	org: (v, view) => (nonEmpty(v) ? { ...view, selected: v } : null),
	time: (v, view) => {
		const time = readTime(v);
		return time ? { ...view, time } : null;
	},
	recent: (v, view) =>
		INTEGER.test(v) && Number(v) <= MAX_RECENT ? { ...view, recentYears: Number(v) } : null,
	minDegree: (v, view) => (INTEGER.test(v) ? withFilters(view, { minDegree: Number(v) }) : null),
	isolates: (v, view) => (v === 'hide' ? withFilters(view, { hideIsolates: true }) : null),
	community: (v, view) => (nonEmpty(v) ? withFilters(view, { community: v }) : null),
	around: (v, view) =>
		v === '1' || v === '2' ? withFilters(view, { neighbourhood: Number(v) as 1 | 2 }) : null,
	projection: (v, view) => (v === 'on' ? { ...view, projection: true } : null),
	color: (v, view) => (v === 'kind' || v === 'community' ? { ...view, colorBy: v } : null),
	size: (v, view) => (v === 'degree' || v === 'membership' ? { ...view, sizeBy: v } : null),
	camera: (v, view) => {
		const camera = readCamera(v);
		return camera ? { ...view, camera } : null;
	}
};

const LISTS: Record<string, (values: string[], view: ViewSnapshot) => ViewSnapshot> = {
	hideType: (values, view) => withFilters(view, { hiddenRelations: values }),
	hideKind: (values, view) => withFilters(view, { hiddenKinds: values })
};

export function decodeView(search: string): {
	view: ViewSnapshot;
	notices: UrlNotice[];
	passthrough: [string, string][];
} {
	const params = new URLSearchParams(search);
	const notices: UrlNotice[] = [];
	const passthrough: [string, string][] = [];
	const lists = new Map<string, string[]>();
	const seen = new Set<string>();
	let view = DEFAULT_VIEW;
	for (const [param, value] of params) {
		if (PASSTHROUGH_PARAMS.has(param)) passthrough.push([param, value]);
		else if (Object.hasOwn(LISTS, param)) {
			if (!nonEmpty(value)) notices.push({ param, value, reason: 'malformed' });
			else lists.set(param, [...(lists.get(param) ?? []), value]);
		} else if (!Object.hasOwn(SINGLE, param)) notices.push({ param, value, reason: 'unknown' });
		else if (seen.has(param)) notices.push({ param, value, reason: 'repeated' });
		else {
			seen.add(param);
			const next = SINGLE[param]!(value, view);
			if (next) view = next;
			else notices.push({ param, value, reason: 'malformed' });
		}
	}
	for (const [param, values] of lists) view = LISTS[param]!([...new Set(values)].sort(), view);
	return { view, notices, passthrough };
}

function readTime(value: string): TimeSetting | null {
	const [a = '', b, ...rest] = value.split('-');
	if (rest.length > 0 || !YEAR.test(a) || (b !== undefined && !YEAR.test(b))) return null;
	const from = Number(a);
	if (from < 1) return null;
	if (b === undefined) return { mode: 'point', year: from };
	const to = Number(b);
	return to >= from ? { mode: 'window', from, to } : null;
}

function readCamera(value: string): CameraSnapshot | null {
	const parts = value.split(',');
	if (parts.length !== 4 || parts.some((p) => p.trim() === '')) return null;
	const [x, y, ratio, angle] = parts.map(Number) as [number, number, number, number];
	if (![x, y, ratio, angle].every(Number.isFinite) || ratio <= 0) return null;
	return { x, y, ratio, angle };
}
