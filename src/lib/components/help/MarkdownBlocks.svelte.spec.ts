import { parseMarkdown } from '$lib/help/markdown';
import { mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import MarkdownBlocks from './MarkdownBlocks.svelte';

describe('MarkdownBlocks', () => {
	it('draws headings, lists and emphasis as elements, and markup in the text as text', () => {
		const target = document.createElement('div');
		document.body.append(target);
		const blocks = parseMarkdown(
			'# About\n\n<img src=x onerror="window.hacked=1"> **bold** and `code`\n\n1. one\n   - nested [link](https://example.org) [bad](javascript:alert)\n2. two\n'
		);
		const view = mount(MarkdownBlocks, { target, props: { blocks } });
		expect(target.querySelector('h3')?.textContent).toBe('About');
		expect(target.querySelector('img')).toBeNull();
		expect(target.querySelector('p')?.textContent).toContain(
			'<img src=x onerror="window.hacked=1">'
		);
		expect(target.querySelector('strong')?.textContent).toBe('bold');
		expect(target.querySelector('code')?.textContent).toBe('code');
		expect(target.querySelectorAll('ol > li')).toHaveLength(2);
		const links = [...target.querySelectorAll('a')];
		expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.rel])).toEqual([
			['link', 'https://example.org', 'noopener noreferrer']
		]);
		expect(target.textContent).toContain('[bad](javascript:alert)');
		unmount(view);
		target.remove();
	});
});
