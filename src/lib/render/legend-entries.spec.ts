import { loadDataset } from '$lib/data/load-dataset';
import { buildGraph } from '$lib/graph/build-graph';
import { describe, expect, it } from 'vitest';
import { communityEntries, kindEntries, relationEntries } from './legend-entries';
import { FALLBACK, KIND_COLORS, RELATION_COLORS, communityColor } from './palette';

const bytes = (text: string) => new TextEncoder().encode(text);
const graph = buildGraph(
	loadDataset([
		{
			name: 'organizations.csv',
			bytes: bytes('id,name,kind\na,A,party\nb,B,party\ns,S,statement\nc,C,guild\n')
		},
		{
			name: 'relations.csv',
			bytes: bytes(
				'source,target,type\na,s,co_signature\nb,s,co_signature\na,b,split\nc,a,rivalry\n'
			)
		}
	])
);

describe('legend entries', () => {
	it('lists node kinds by frequency with the drawn colour and shape', () => {
		const entries = kindEntries(graph, (kind) => `kind ${kind}`);
		expect(entries.map((e) => [e.key, e.count, e.symbol])).toEqual([
			['party', 2, 'disc'],
			['guild', 1, 'disc'],
			['statement', 1, 'ring']
		]);
		expect(entries[0]!.color).toBe(KIND_COLORS.party);
		expect(entries[0]!.label).toBe('kind party');
	});

	it('lists relation types in vocabulary order, arrows for directed ones', () => {
		const entries = relationEntries(graph, (type) => type);
		expect(entries.map((e) => [e.key, e.symbol, e.count])).toEqual([
			['split', 'arrow', 1],
			['co_signature', 'line', 2],
			['rivalry', 'line', 1]
		]);
		expect(entries[0]!.color).toBe(RELATION_COLORS.split);
	});

	it('lists communities by size and groups the ones past the palette', () => {
		const sizes = Array.from({ length: 14 }, (_, i) => 20 - i);
		const entries = communityEntries({ byNode: new Map(), sizes }, (n) => `C${n}`, 'smaller');
		expect(entries).toHaveLength(13);
		expect(entries[0]).toMatchObject({ label: 'C1', count: 20, color: communityColor(0) });
		expect(entries[12]).toMatchObject({ key: 'smaller', count: 8 + 7, color: FALLBACK });
	});
});
