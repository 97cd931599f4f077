// Colour arithmetic for the palette and token checks: WCAG contrast, CIELAB distance, and a
// simulation of colour-vision deficiencies (Machado, Oliveira & Fernandes 2009, severity 1).

type Rgb = [number, number, number];

function linear(hex: string): Rgb {
	const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
	if (!match) throw new Error(`color-math: "${hex}" is not a #rrggbb colour`);
	const channel = (i: number) => {
		const v = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
		return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	};
	return [channel(0), channel(2), channel(4)];
}

const luminance = ([r, g, b]: Rgb) => 0.2126 * r + 0.7152 * g + 0.0722 * b;

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
	const [x, y] = [luminance(linear(a)), luminance(linear(b))];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

export type Vision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
const MATRICES: Record<Vision, number[][]> = {
	normal: [
		[1, 0, 0],
		[0, 1, 0],
		[0, 0, 1]
	],
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

function lab([r, g, b]: Rgb): Rgb {
	const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
	const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
	const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
	const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
	return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

/** CIELAB distance (ΔE 1976) of two colours as a person with this vision sees them. */
export function distance(a: string, b: string, vision: Vision = 'normal'): number {
	const seen = (hex: string) => {
		const rgb = linear(hex);
		const m = MATRICES[vision];
		return lab(
			m.map((row) =>
				Math.min(1, Math.max(0, row[0]! * rgb[0] + row[1]! * rgb[1] + row[2]! * rgb[2]))
			) as Rgb
		);
	};
	const [p, q] = [seen(a), seen(b)];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest distance between any two of the colours, under each deficiency. */
export function closestPair(colors: readonly string[], vision: Vision): number {
	let closest = Infinity;
	for (let i = 0; i < colors.length; i++) {
		for (let j = i + 1; j < colors.length; j++) {
			closest = Math.min(closest, distance(colors[i]!, colors[j]!, vision));
		}
	}
	return closest;
}
