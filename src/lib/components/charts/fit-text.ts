// Shortens a label with an ellipsis so it fits a width in pixels, measured in the font it is drawn in.

let context: CanvasRenderingContext2D | null | undefined;

function measure(text: string, font: string): number {
	if (context === undefined) context = document.createElement('canvas').getContext('2d');
	if (!context) return text.length * 7;
	context.font = font;
	return context.measureText(text).width;
}

export function fitText(text: string, width: number, font = '12px system-ui, sans-serif'): string {
	if (measure(text, font) <= width) return text;
	let low = 0;
	let high = text.length;
	// Binary search on the longest prefix that fits with its ellipsis.
	while (low < high) {
		const mid = Math.ceil((low + high) / 2);
		if (measure(text.slice(0, mid) + '…', font) <= width) low = mid;
		else high = mid - 1;
	}
	return low > 0 ? text.slice(0, low).trimEnd() + '…' : '';
}
