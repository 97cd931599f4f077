// Import failures in words, in the interface language.
import type { ImportTooBig } from '$lib/data/import-client';
import type { Dataset } from '$lib/data/types';
import { i18n, t } from '$lib/i18n/i18n.svelte';
import type { FetchFailure } from './fetch-data-url';

export function describeFetchFailure(failure: FetchFailure): string {
	if (failure.kind === 'bad-url') return t('import.url.bad', { url: failure.url });
	if (failure.kind === 'http') {
		const key = failure.status === 404 ? 'import.url.notFound' : 'import.url.http';
		return t(key, { url: failure.url, status: failure.status, statusText: failure.statusText });
	}
	return t(failure.crossOrigin ? 'import.url.cors' : 'import.url.network', { url: failure.url });
}

/** Why an import produced nothing to show, or null when it worked. */
export function importFailure(dataset: Dataset): string | null {
	if (dataset.organizations.length > 0 || dataset.relations.length > 0) return null;
	const reasons = dataset.diagnostics
		.filter((d) => d.severity === 'error' && d.line === 0)
		.map((d) => `${d.file}: ${d.detail}`);
	if (reasons.length > 0) return t('import.failed', { reasons: reasons.join('; ') });
	const rows = dataset.accounts.reduce((n, a) => n + a.rowsRead, 0);
	const first = dataset.diagnostics.find((d) => d.severity === 'error');
	if (rows > 0 && first)
		return t('import.allRejected', { rows, first: `${first.file}:${first.line}: ${first.detail}` });
	return t('import.empty');
}

/** An import refused for the memory it would need, or stopped when memory ran out. */
export function describeTooBig(error: ImportTooBig, files: string[]): string {
	const gb = (bytes: number) =>
		new Intl.NumberFormat(i18n.locale, { maximumFractionDigits: 1 }).format(bytes / 1024 ** 3);
	const { need, budget } = error;
	const names = files.join(', ');
	if (error.heldSoFar && need && budget)
		return t('import.outgrown', {
			files: names,
			...error.heldSoFar,
			need: gb(need.page),
			have: gb(budget.page)
		});
	if (error.engineMessage === undefined && need && budget) {
		// The side that is further over its share is the one that would crash.
		const pageWorse = need.page / budget.page > need.worker / budget.worker;
		const [wanted, available] = pageWorse ? [need.page, budget.page] : [need.worker, budget.worker];
		return t('import.tooBig', { files: names, need: gb(wanted), have: gb(available) });
	}
	return t('import.ranOut', { files: names, reason: error.engineMessage ?? '' });
}
