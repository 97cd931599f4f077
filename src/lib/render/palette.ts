// Colours shared by the graph, its legend and the charts, for the light and the dark theme.
// Relation types use the Okabe-Ito colour-blind-safe palette (then Paul Tol's muted colours); node
// kinds a second set of distinct colours, each at least 3:1 against white; communities the
// Okabe-Ito order again. The dark theme keeps every hue and only lightens the colours that would
// fall under 3:1 on its background; palette.spec.ts checks that, and that no pair of colours gets
// closer than in the light set under simulated protanopia, deuteranopia or tritanopia.

export const RELATION_COLORS: Record<string, string> = {
	split: '#D55E00',
	merger: '#0072B2',
	predecessor: '#009E73',
	member_of: '#CC79A7',
	expulsion: '#E69F00',
	coalition: '#56B4E9',
	co_signature: '#7F7F7F',
	cooperation: '#B8A21B',
	part_of: '#882255',
	organ_of: '#44AA99',
	founded: '#332288'
};

export const KIND_COLORS: Record<string, string> = {
	party: '#C0392B',
	movement: '#2C7FB8',
	faction: '#8E44AD',
	youth: '#1E8449',
	coalition: '#B9770E',
	umbrella: '#6E2C00',
	statement: '#5D6D7E',
	media: '#117A65',
	union: '#9A7D0A',
	front: '#C2185B',
	platform: '#5B2C6F',
	other: '#717D7E'
};

/** Community colours, largest community first; communities past the list share FALLBACK. */
export const COMMUNITY_COLORS = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#E69F00',
	'#56B4E9',
	'#332288',
	'#882255',
	'#44AA99',
	'#999933',
	'#AA4499',
	'#117733'
];

const EXTRA = [
	'#4E79A7',
	'#F28E2B',
	'#59A14F',
	'#B07AA1',
	'#9C755F',
	'#76B7B2',
	'#EDC948',
	'#FF9DA7'
];
export const FALLBACK = '#7F8C8D';

/** Everything the graph draws in a theme's colours (the canvas itself has --graph-bg behind it). */
export interface Palette {
	background: string;
	relations: Record<string, string>;
	kinds: Record<string, string>;
	communities: readonly string[];
	/** Node labels, and the halo that keeps them readable over edges. */
	label: string;
	labelHalo: string;
	/** Inside of a statement's ring, and the rim of a bloc's disc. */
	ringFill: string;
	rim: string;
	/** Nodes and edges outside the hovered or selected neighbourhood. */
	fadedNode: string;
	fadedEdge: string;
}

export const LIGHT_PALETTE: Palette = {
	background: '#ffffff',
	relations: RELATION_COLORS,
	kinds: KIND_COLORS,
	communities: COMMUNITY_COLORS,
	label: '#1a1a1a',
	labelHalo: 'rgba(255,255,255,0.9)',
	ringFill: '#ffffff',
	rim: '#1a1a1a',
	fadedNode: '#e2e2e2',
	fadedEdge: '#efefef'
};

export const DARK_PALETTE: Palette = {
	background: '#121417',
	relations: { ...RELATION_COLORS, part_of: '#C71585', founded: '#8C7AE6' },
	kinds: { ...KIND_COLORS, umbrella: '#9E6B4A', platform: '#C39BD3' },
	communities: COMMUNITY_COLORS.map((color, i) =>
		i === 6 ? '#8C7AE6' : i === 7 ? '#C2477F' : color
	),
	label: '#e8eaed',
	labelHalo: 'rgba(18,20,23,0.9)',
	ringFill: '#121417',
	rim: '#e8eaed',
	fadedNode: '#34383e',
	fadedEdge: '#262a2f'
};

export function paletteFor(theme: 'light' | 'dark'): Palette {
	return theme === 'dark' ? DARK_PALETTE : LIGHT_PALETTE;
}

/** A stable colour for any name: the fixed map first, then a hash into the extra colours. */
export function colorFor(map: Record<string, string>, name: string): string {
	if (Object.hasOwn(map, name)) return map[name]!;
	if (!name) return FALLBACK;
	let hash = 0;
	for (const char of name) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
	return EXTRA[hash % EXTRA.length] ?? FALLBACK;
}

/** Colour of the community at this position in the size order (0 = largest). */
export function communityColor(
	position: number,
	colors: readonly string[] = COMMUNITY_COLORS
): string {
	return colors[position] ?? FALLBACK;
}
