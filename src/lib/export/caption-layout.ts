// Where each piece of the caption goes in a block under the graph, for a given width: wrapped lines
// of text and legend entries flowing in rows. Pure, with text measured by the caller (a canvas in
// the page, an estimate in tests); the PNG and the SVG draw the same layout, so they match.
import type { LegendSymbol } from '$lib/render/legend-entries';
import { SYMBOL_HEIGHT, SYMBOL_WIDTH } from '$lib/render/legend-symbols';
import type { Caption } from './caption';

export type FontWeight = 'normal' | 'bold';
/** Width in pixels of a text at a font size and weight. */
export type Measure = (text: string, size: number, weight: FontWeight) => number;

export interface CaptionText {
	kind: 'text';
	/** Left end and baseline. */
	x: number;
	y: number;
	text: string;
	size: number;
	weight: FontWeight;
	color: string;
	/** 'legend' for the text of a legend entry. */
	role: 'title' | 'line' | 'heading' | 'legend' | 'source';
}

export interface CaptionSymbol {
	kind: 'symbol';
	/** Top-left corner of the symbol's SYMBOL_WIDTH × SYMBOL_HEIGHT box. */
	x: number;
	y: number;
	symbol: LegendSymbol;
	color: string;
}

export type CaptionItem = CaptionText | CaptionSymbol;

export interface CaptionLayout {
	width: number;
	height: number;
	items: CaptionItem[];
}

const PAD = 16;
const STYLE = {
	title: { size: 18, weight: 'bold', color: '#1a1a1a' },
	line: { size: 13, weight: 'normal', color: '#333333' },
	heading: { size: 12, weight: 'bold', color: '#1a1a1a' },
	legend: { size: 12, weight: 'normal', color: '#1a1a1a' },
	source: { size: 11, weight: 'normal', color: '#555555' }
} as const;
const LEADING = 1.35;
const ENTRY_GAP = 16;
const SYMBOL_GAP = 6;

/** Greedy word wrap; a word wider than the line (a long URL) is cut where it must be. */
export function wrap(text: string, width: number, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (fits(candidate)) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		line = word;
		while (!fits(line) && line.length > 1) {
			let cut = line.length - 1;
			while (cut > 1 && !fits(line.slice(0, cut))) cut--;
			lines.push(line.slice(0, cut));
			line = line.slice(cut);
		}
	}
	if (line) lines.push(line);
	return width > 0 ? lines : [];
}

export function layoutCaption(caption: Caption, width: number, measure: Measure): CaptionLayout {
	const items: CaptionItem[] = [];
	const inner = Math.max(1, width - 2 * PAD);
	let y = PAD;

	const paragraph = (text: string, role: 'title' | 'line' | 'heading' | 'source') => {
		const s = STYLE[role];
		for (const line of wrap(text, inner, (l) => measure(l, s.size, s.weight) <= inner)) {
			y += s.size * LEADING;
			items.push({ kind: 'text', x: PAD, y: y - s.size * 0.3, text: line, role, ...s });
		}
	};

	paragraph(caption.title, 'title');
	for (const line of caption.lines) paragraph(line, 'line');
	for (const group of caption.legend) {
		y += 6;
		paragraph(group.heading, 'heading');
		const s = STYLE.legend;
		const rowHeight = Math.max(SYMBOL_HEIGHT, s.size) + 4;
		let x = PAD;
		y += rowHeight;
		for (const entry of group.entries) {
			const text = `${entry.label} (${entry.count})`;
			const w = SYMBOL_WIDTH + SYMBOL_GAP + measure(text, s.size, s.weight);
			if (x > PAD && x + w > PAD + inner) {
				x = PAD;
				y += rowHeight;
			}
			const middle = y - rowHeight / 2;
			items.push({
				kind: 'symbol',
				x,
				y: middle - SYMBOL_HEIGHT / 2,
				symbol: entry.symbol,
				color: entry.color
			});
			items.push({
				kind: 'text',
				x: x + SYMBOL_WIDTH + SYMBOL_GAP,
				y: middle + s.size * 0.35,
				text,
				role: 'legend',
				...s
			});
			x += w + ENTRY_GAP;
		}
	}
	y += 6;
	paragraph(caption.source, 'source');
	return { width, height: Math.ceil(y + PAD), items };
}
