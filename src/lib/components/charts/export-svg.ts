// A chart's <svg> as a file that stands alone: styles from the page's CSS written onto each element,
// classes and focus attributes dropped, the theme's background, and the chart's title and notes on top.

const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
];
const SVG_NS = 'http://www.w3.org/2000/svg';
const HEADER_LINE = 18;

export function standaloneSvg(svg: SVGSVGElement, title: string, notes: string[] = []): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const originals = [svg, ...svg.querySelectorAll('*')];
	const copies = [clone, ...clone.querySelectorAll('*')];
	originals.forEach((element, i) => {
		const copy = copies[i]!;
		const computed = getComputedStyle(element);
		const style = STYLE_PROPERTIES.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		copy.setAttribute('style', style);
		for (const name of ['class', 'tabindex', 'role', 'aria-expanded', 'aria-current'])
			copy.removeAttribute(name);
	});
	const width = svg.width.baseVal.value || svg.getBoundingClientRect().width;
	const height = svg.height.baseVal.value || svg.getBoundingClientRect().height;
	const header = HEADER_LINE * (1 + notes.length) + 8;

	const body = document.createElementNS(SVG_NS, 'g');
	body.setAttribute('transform', `translate(0,${header})`);
	body.append(...clone.childNodes);
	const background = document.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	// The page's own surface and text colours, so a chart exported in the dark theme stays legible.
	const page = getComputedStyle(svg);
	background.setAttribute('fill', page.getPropertyValue('--surface').trim() || '#fff');
	clone.setAttribute('color', page.getPropertyValue('--text').trim() || '#1a1a1a');
	const heading = text(title, HEADER_LINE, 'font-weight:600;font-size:15px;fill:currentColor');
	const lines = notes.map((note, i) =>
		text(note, HEADER_LINE * (i + 2), 'font-size:12px;fill:currentColor')
	);
	clone.append(background, heading, ...lines, body);

	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height + header));
	clone.setAttribute('viewBox', `0 0 ${width} ${height + header}`);
	clone.setAttribute('style', 'font-family:system-ui,sans-serif;color:#1a1a1a');
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

function text(content: string, y: number, style: string): SVGTextElement {
	const element = document.createElementNS(SVG_NS, 'text');
	element.setAttribute('x', '4');
	element.setAttribute('y', String(y));
	element.setAttribute('style', `fill:#1a1a1a;${style}`);
	// textContent, not markup: titles and notes may carry names from imported files.
	element.textContent = content;
	return element;
}
