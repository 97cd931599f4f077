import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown, plainText, sections, type Block } from './markdown';

describe('parseMarkdown', () => {
	it('reads headings, paragraphs and nested lists', () => {
		const blocks = parseMarkdown(
			'# Title\n\nOne\nline.\n\n- a\n- b:\n  - b1\n  - b2\n\n1. **x** first\n2. second\n    - inner\n\n    more of second\n3. third\n'
		);
		expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list']);
		expect(plainText((blocks[1] as Extract<Block, { type: 'paragraph' }>).content)).toBe(
			'One line.'
		);
		const bullets = blocks[2] as Extract<Block, { type: 'list' }>;
		expect(bullets.ordered).toBe(false);
		expect(bullets.items).toHaveLength(2);
		expect(bullets.items[1]!.map((b) => b.type)).toEqual(['paragraph', 'list']);
		const numbered = blocks[3] as Extract<Block, { type: 'list' }>;
		expect(numbered).toMatchObject({ ordered: true, start: 1 });
		expect(numbered.items).toHaveLength(3);
		expect(numbered.items[1]!.map((b) => b.type)).toEqual(['paragraph', 'list', 'paragraph']);
	});

	it('keeps markup-like text as text and links only http(s)', () => {
		expect(parseInline('<img src=x onerror=alert(1)> & `code`')).toEqual([
			{ type: 'text', text: '<img src=x onerror=alert(1)> & ' },
			{ type: 'code', text: 'code' }
		]);
		expect(parseInline('[a](javascript:alert) [b](https://example.org)')).toEqual([
			{ type: 'text', text: '[a](javascript:alert)' },
			{ type: 'text', text: ' ' },
			{ type: 'link', href: 'https://example.org', children: [{ type: 'text', text: 'b' }] }
		]);
		expect(parseInline('**bold `x`** and *it*')).toEqual([
			{
				type: 'strong',
				children: [
					{ type: 'text', text: 'bold ' },
					{ type: 'code', text: 'x' }
				]
			},
			{ type: 'text', text: ' and ' },
			{ type: 'em', children: [{ type: 'text', text: 'it' }] }
		]);
	});

	it('reads the dataset README into its sections, every editorial decision in one list', () => {
		const source = readFileSync('data/README.md', 'utf8');
		const parts = sections(parseMarkdown(source));
		const titles = parts.map((p) => (p.title ? plainText(p.title) : null));
		const expected = [...source.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
		expect(titles.slice(1)).toEqual(expected);
		const decisions = parts.find((p) => p.title && plainText(p.title) === 'Editorial decisions');
		const numbered = source.match(/^\d+\. /gm)!.length;
		const list = decisions?.blocks.find((b) => b.type === 'list');
		expect(list?.type === 'list' && list.items.length).toBe(numbered);
	});
});
