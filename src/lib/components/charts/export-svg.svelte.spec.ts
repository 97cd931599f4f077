import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './export-svg';

describe('standaloneSvg', () => {
	it('writes the page styles onto the elements, drops classes and focus, escapes text', () => {
		const style = document.createElement('style');
		style.textContent =
			'.bar { fill: rgb(192, 57, 43); stroke-dasharray: 4 2; } .label { font-size: 13px; }';
		document.head.append(style);
		const host = document.createElement('div');
		host.innerHTML =
			'<svg width="200" height="50"><rect class="bar" width="80" height="10" tabindex="0" role="button"/>' +
			'<text class="label" y="30"></text></svg>';
		document.body.append(host);
		const svg = host.querySelector('svg')!;
		svg.querySelector('text')!.textContent = '<script>alert(1)</script>';

		const text = standaloneSvg(svg, 'Members & figures', ['Organizations without a figure: 3.']);
		host.remove();
		style.remove();

		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		expect(doc.querySelector('parsererror')).toBeNull();
		const root = doc.documentElement;
		expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
		expect(root.querySelector('script')).toBeNull();
		expect(root.querySelectorAll('[class], [tabindex], [role]')).toHaveLength(0);
		const bar = root.querySelector('rect[width="80"]')!;
		expect(bar.getAttribute('style')).toContain('fill:rgb(192, 57, 43)');
		expect(bar.getAttribute('style')).toContain('stroke-dasharray:4px, 2px');
		expect(root.querySelector('g text')!.getAttribute('style')).toContain('font-size:13px');
		expect(root.querySelector('g text')!.textContent).toBe('<script>alert(1)</script>');
		// Title and note on top; the height grows by the header.
		const texts = [...root.children].filter((e) => e.tagName === 'text').map((e) => e.textContent);
		expect(texts).toEqual(['Members & figures', 'Organizations without a figure: 3.']);
		expect(Number(root.getAttribute('height'))).toBeGreaterThan(50);
	});
});
