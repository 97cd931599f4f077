// Legend entries drawn inside a chart's SVG (so an exported drawing keeps its key), in columns.

export interface SvgLegendItem {
	key: string;
	label: string;
	/** Swatch paint: a colour or a pattern url(#id). */
	fill: string;
	stroke?: string;
	fillOpacity?: number;
	dash?: string;
}

export interface SvgLegendGroup {
	title: string;
	items: SvgLegendItem[];
}

export const LEGEND_LINE = 18;
export const LEGEND_COLUMN = 150;

export function legendColumns(width: number): number {
	return Math.max(1, Math.floor(width / LEGEND_COLUMN));
}

/** Height of the legend: a title line per group plus its items wrapped into columns. */
export function legendHeight(groups: readonly SvgLegendGroup[], width: number): number {
	const columns = legendColumns(width);
	return groups.reduce(
		(sum, g) => sum + LEGEND_LINE * (1 + Math.ceil(g.items.length / columns)),
		0
	);
}
