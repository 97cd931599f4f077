// The one place that names node kinds and relation types for the reader: the legend, the filters,
// the table, the Details panel, the charts and the legend of exported images all call these, so
// each kind and type reads the same everywhere. The words are the catalogue's `kind.*` and
// `relation.*` messages; a kind or type of an imported file that our vocabulary lacks keeps the
// file's own name (underscores as spaces).
import { t } from '$lib/i18n/i18n.svelte';

function named(prefix: 'kind' | 'relation', value: string): string {
	const key = `${prefix}.${value}`;
	const text = t(key);
	return text === key ? value.replace(/_/g, ' ') : text;
}

export function legendKindName(kind: string): string {
	return kind ? named('kind', kind) : t('kind.none');
}

export function legendRelationName(type: string): string {
	return named('relation', type);
}
