// Records for the chart specs, built from short CSV text through the real import pipeline.
import { loadDataset } from '$lib/data/load-dataset';
import type { Dataset } from '$lib/data/types';

const bytes = (text: string) => new TextEncoder().encode(text);

export function datasetOf(tables: {
	organizations: string;
	congresses?: string;
	membership?: string;
}): Dataset {
	const files = [{ name: 'organizations.csv', bytes: bytes(tables.organizations) }];
	if (tables.congresses) files.push({ name: 'congresses.csv', bytes: bytes(tables.congresses) });
	if (tables.membership) files.push({ name: 'membership.csv', bytes: bytes(tables.membership) });
	return loadDataset(files);
}
