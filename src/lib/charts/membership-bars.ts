// The membership chart's rows: for each organization shown that has membership figures, its latest
// figure (the bar), its dated figures in order (the line over time), and how many have none.
import { lowerBound } from '$lib/data/dates';
import type { Membership, Organization } from '$lib/data/types';
import { nameCollator } from '$lib/i18n/collate';

export interface MembershipBar {
	org: string;
	name: string;
	kind: string;
	/** The figure drawn: the latest dated one, else the last one in the file. */
	latest: Membership;
	/** Dated figures, oldest first (the line over time when there are two or more). */
	history: Membership[];
	/** All figures of this organization, dated or not, in file order. */
	all: Membership[];
}

export interface MembershipChartData {
	/** Largest latest figure first; ties by name. */
	bars: MembershipBar[];
	/** Organizations shown that have no membership figure. */
	without: number;
}

export function membershipBars(
	membership: readonly Membership[],
	organizations: readonly Organization[],
	shown: (org: string) => boolean,
	locale = 'en',
	/** The name shown (and sorted by): the reader may prefer the native one. */
	nameOf: (org: Organization) => string = (org) => org.name
): MembershipChartData {
	const byOrg = new Map<string, Membership[]>();
	for (const figure of membership) {
		if (!shown(figure.org)) continue;
		const list = byOrg.get(figure.org);
		if (list) list.push(figure);
		else byOrg.set(figure.org, [figure]);
	}
	const bars: MembershipBar[] = [];
	let without = 0;
	for (const org of organizations) {
		if (!shown(org.id)) continue;
		const figures = byOrg.get(org.id);
		if (!figures) {
			without++;
			continue;
		}
		// Stable sort: figures of the same date keep file order, so the later row counts as latest.
		const history = figures
			.filter((f) => f.date !== '')
			.sort((a, b) => lowerBound(a.date) - lowerBound(b.date));
		const latest = history.length ? history[history.length - 1]! : figures[figures.length - 1]!;
		bars.push({ org: org.id, name: nameOf(org), kind: org.kind, latest, history, all: figures });
	}
	const collator = nameCollator(locale);
	bars.sort((a, b) => b.latest.members - a.latest.members || collator.compare(a.name, b.name));
	return { bars, without };
}
