// A small drawn view for the tests of the SVG writer and the PNG painter: a plain disc, a ring,
// an arrow between them, labels (one hostile) and the first node selected.
import type { Scene } from './scene';

export const scene: Scene = {
	width: 400,
	height: 300,
	nodes: [
		{
			key: 'a',
			x: 100,
			y: 100,
			radius: 8,
			color: '#C0392B',
			borderColor: '#C0392B',
			borderRatio: 0
		},
		{
			key: 'b',
			x: 300,
			y: 100,
			radius: 6,
			color: '#ffffff',
			borderColor: '#5D6D7E',
			borderRatio: 0.45
		}
	],
	edges: [
		{
			key: 'e',
			source: { x: 100, y: 100 },
			target: { x: 300, y: 100, radius: 6 },
			thickness: 2,
			color: '#D55E00',
			curvature: 0,
			arrow: true
		}
	],
	labels: [
		{ key: 'a', text: '<script>alert("x")</script> & «СК»', x: 111, y: 100 },
		{ key: 'b', text: 'B', x: 309, y: 100 }
	],
	highlight: { key: 'a', x: 100, y: 100, radius: 8, text: 'A & co', textWidth: 40 },
	label: {
		font: 'system-ui, "Segoe UI", sans-serif',
		size: 13,
		weight: 'normal',
		color: '#1a1a1a'
	},
	feather: 1
};
