// What the legend calls node kinds and relation types: the translated name for our vocabulary,
// the file's own name (underscores as spaces) for anything else. Shared by the sidebar legend and
// the legend of exported images, so both say the same.
import { t } from '$lib/i18n/i18n.svelte';

export function legendKindName(kind: string): string {
	if (!kind) return t('kind.none');
	const key = `kind.${kind}`;
	const text = t(key);
	return text === key ? kind : text;
}

export function legendRelationName(type: string): string {
	const key = `relation.${type}`;
	const text = t(key);
	return text === key ? type.replace(/_/g, ' ') : text;
}
