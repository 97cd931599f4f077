// Display names of relation types and node kinds: translated for our vocabulary, the raw name (with
// underscores as spaces) for whatever else an imported file calls them.
import { t } from '$lib/i18n/i18n.svelte';

export function relationName(type: string): string {
	const key = `view.relation.${type}`;
	const name = t(key);
	return name === key ? type.replace(/_/g, ' ') || '—' : name;
}

export function kindName(kind: string): string {
	const key = `view.kind.${kind}`;
	const name = t(key);
	return name === key ? kind.replace(/_/g, ' ') || '—' : name;
}
