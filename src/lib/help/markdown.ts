// A small Markdown reader for the dataset's README (headings, paragraphs, nested bullet and
// numbered lists, **bold**, *italic*, `code`, [links](https://…)). It returns plain data that a
// Svelte component draws element by element: the text never becomes HTML, and a link is a link
// only for an absolute http(s) address.
import { isHttpUrl } from '$lib/explorer/sources';

export type Inline =
	| { type: 'text'; text: string }
	| { type: 'code'; text: string }
	| { type: 'strong'; children: Inline[] }
	| { type: 'em'; children: Inline[] }
	| { type: 'link'; href: string; children: Inline[] };

export type Block =
	| { type: 'heading'; level: number; content: Inline[] }
	| { type: 'paragraph'; content: Inline[] }
	| { type: 'list'; ordered: boolean; start: number; items: Block[][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;
const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '    ').length;

export function parseMarkdown(source: string): Block[] {
	return parseBlocks(source.replace(/\r\n?/g, '\n').split('\n'));
}

function parseBlocks(lines: string[]): Block[] {
	const blocks: Block[] = [];
	let i = 0;
	while (i < lines.length) {
		const line = lines[i]!;
		if (line.trim() === '') {
			i++;
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			blocks.push({
				type: 'heading',
				level: heading[1]!.length,
				content: parseInline(heading[2]!)
			});
			i++;
			continue;
		}
		if (ITEM.test(line)) {
			i = parseList(lines, i, blocks);
			continue;
		}
		const text: string[] = [];
		while (
			i < lines.length &&
			lines[i]!.trim() !== '' &&
			!HEADING.test(lines[i]!) &&
			!ITEM.test(lines[i]!)
		) {
			text.push(lines[i]!.trim());
			i++;
		}
		blocks.push({ type: 'paragraph', content: parseInline(text.join(' ')) });
	}
	return blocks;
}

/** Reads a list starting at line `i`; returns the index of the first line after it. */
function parseList(lines: string[], i: number, blocks: Block[]): number {
	const first = ITEM.exec(lines[i]!)!;
	const indent = indentOf(lines[i]!);
	const ordered = /\d/.test(first[2]!);
	const list: Block = {
		type: 'list',
		ordered,
		start: ordered ? parseInt(first[2]!, 10) : 1,
		items: []
	};
	while (i < lines.length) {
		const match = ITEM.exec(lines[i]!);
		if (!match || indentOf(lines[i]!) !== indent || /\d/.test(match[2]!) !== ordered) break;
		// The item's own lines: its first line, then anything indented deeper (blank lines included
		// when more indented text follows them).
		const body = [match[3]!];
		let j = i + 1;
		while (j < lines.length) {
			const next = lines[j]!;
			if (next.trim() === '') {
				const after = lines.slice(j).find((l) => l.trim() !== '');
				if (after === undefined || indentOf(after) <= indent) break;
				body.push('');
			} else if (indentOf(next) > indent) body.push(next);
			else break;
			j++;
		}
		list.items.push(parseBlocks(dedent(body)));
		i = j;
		while (i < lines.length && lines[i]!.trim() === '' && nextIsItemAt(lines, i, indent)) i++;
	}
	blocks.push(list);
	return i;
}

function nextIsItemAt(lines: string[], from: number, indent: number): boolean {
	const next = lines.slice(from).find((l) => l.trim() !== '');
	return next !== undefined && ITEM.test(next) && indentOf(next) === indent;
}

/** Removes the indentation the continuation lines share, so nested lists parse at their level. */
function dedent(body: string[]): string[] {
	const rest = body.slice(1).filter((l) => l.trim() !== '');
	const common = rest.length ? Math.min(...rest.map(indentOf)) : 0;
	return [body[0]!, ...body.slice(1).map((l) => l.slice(Math.min(common, indentOf(l))))];
}

const INLINE = /`([^`]+)`|\*\*(.+?)\*\*|\*([^*\s][^*]*?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
	const out: Inline[] = [];
	let at = 0;
	for (const match of text.matchAll(INLINE)) {
		if (match.index > at) out.push({ type: 'text', text: text.slice(at, match.index) });
		const [whole, code, strong, em, label, href] = match;
		if (code !== undefined) out.push({ type: 'code', text: code });
		else if (strong !== undefined) out.push({ type: 'strong', children: parseInline(strong) });
		else if (em !== undefined) out.push({ type: 'em', children: parseInline(em) });
		else if (isHttpUrl(href!))
			out.push({ type: 'link', href: href!, children: parseInline(label!) });
		else out.push({ type: 'text', text: whole });
		at = match.index + whole.length;
	}
	if (at < text.length) out.push({ type: 'text', text: text.slice(at) });
	return out;
}

/** The document cut at its second-level headings: what comes before the first, then each section. */
export function sections(blocks: Block[]): { title: Inline[] | null; blocks: Block[] }[] {
	const out: { title: Inline[] | null; blocks: Block[] }[] = [{ title: null, blocks: [] }];
	for (const block of blocks) {
		if (block.type === 'heading' && block.level === 2)
			out.push({ title: block.content, blocks: [] });
		else out[out.length - 1]!.blocks.push(block);
	}
	return out.filter((s) => s.title !== null || s.blocks.length > 0);
}

/** The plain text of inline content (for a summary line or a test). */
export function plainText(content: Inline[]): string {
	return content.map((n) => ('text' in n ? n.text : plainText(n.children))).join('');
}
