// What a community is called, the same in the community filter and the legend: its number and
// its best-connected member ("1. Union of Communists and others"), the name cut to fit the sidebar.
import { shortName } from '$lib/explorer/short-name';
import { t } from '$lib/i18n/i18n.svelte';

export function communityName(id: string | number, hub: string): string {
	return t('community.name', { id: String(id), name: shortName(hub) });
}
