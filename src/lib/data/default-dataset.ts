// The embedded default dataset: the CSV files in data/, emitted by Vite as same-origin assets.
import congressesUrl from '$data/congresses.csv?url';
import membershipUrl from '$data/membership.csv?url';
import organizationsUrl from '$data/organizations.csv?url';
import relationsUrl from '$data/relations.csv?url';

export const DEFAULT_DATASET_NAME = 'post-soviet-communists';

export const DEFAULT_FILES: readonly { name: string; url: string }[] = [
	{ name: 'organizations.csv', url: organizationsUrl },
	{ name: 'relations.csv', url: relationsUrl },
	{ name: 'congresses.csv', url: congressesUrl },
	{ name: 'membership.csv', url: membershipUrl }
];
