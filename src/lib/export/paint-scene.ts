// Paints a Scene on a 2D canvas, element for element as svg-document.ts writes it (the same edge
// outlines, discs, rings, haloed labels and selection box), so the PNG and the SVG of one view
// match. Runs in the PNG worker; nothing here touches the DOM.
import type { Context2D } from './canvas-caption';
import { edgeOutline, visibleWidth } from './edge-geometry';
import type { Scene, SceneHighlight, SceneNode } from './scene';

function paintNode(context: Context2D, n: SceneNode): void {
	context.beginPath();
	context.arc(n.x, n.y, n.radius, 0, Math.PI * 2);
	context.fillStyle = n.borderRatio > 0 ? n.borderColor : n.color;
	context.fill();
	if (n.borderRatio <= 0) return;
	context.beginPath();
	context.arc(n.x, n.y, n.radius * (1 - n.borderRatio), 0, Math.PI * 2);
	context.fillStyle = n.color;
	context.fill();
}

/** sigma's hovered-node box (drawDiscNodeHover): a disc with a tab for the label, shadowed. */
function paintHighlight(context: Context2D, scene: Scene, h: SceneHighlight, scale: number): void {
	const { size, font, weight, color } = scene.label;
	const padding = 2;
	const boxHeight = Math.round(size + 2 * padding);
	const boxWidth = Math.round(h.textWidth + 5);
	const radius = Math.max(h.radius, size / 2) + padding;
	const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
	const dx = Math.sqrt(Math.abs(radius * radius - (boxHeight / 2) ** 2));
	context.save();
	context.fillStyle = '#ffffff';
	// Shadows ignore the transform: blur as many device pixels as sigma's 8 CSS pixels.
	context.shadowBlur = 8 * scale;
	context.shadowColor = '#000000';
	context.beginPath();
	context.moveTo(h.x + dx, h.y + boxHeight / 2);
	context.lineTo(h.x + radius + boxWidth, h.y + boxHeight / 2);
	context.lineTo(h.x + radius + boxWidth, h.y - boxHeight / 2);
	context.lineTo(h.x + dx, h.y - boxHeight / 2);
	context.arc(h.x, h.y, radius, angle, -angle);
	context.closePath();
	context.fill();
	context.restore();
	const selected = scene.nodes.find((n) => n.key === h.key);
	if (selected) paintNode(context, selected);
	context.font = `${weight} ${size}px ${font}`;
	context.fillStyle = color;
	context.textBaseline = 'alphabetic';
	context.fillText(h.text, h.x + h.radius + 3, h.y + size / 3);
}

/** Paints the graph part of the image; `scale` is the device pixels per CSS pixel already applied. */
export function paintScene(context: Context2D, scene: Scene, scale = 1): void {
	context.save();
	// What lies outside the camera's view stays out: nothing over the caption.
	context.beginPath();
	context.rect(0, 0, scene.width, scene.height);
	context.clip();
	for (const e of scene.edges) {
		const outline = edgeOutline(e);
		if (!outline) continue;
		if (outline.path) {
			context.strokeStyle = e.color;
			context.lineWidth = visibleWidth(e.thickness, scene.feather / scale);
			context.stroke(new Path2D(outline.path));
		}
		if (outline.head) {
			const [tip, left, right] = outline.head;
			context.beginPath();
			context.moveTo(tip.x, tip.y);
			context.lineTo(left.x, left.y);
			context.lineTo(right.x, right.y);
			context.closePath();
			context.fillStyle = e.color;
			context.fill();
		}
	}
	for (const n of scene.nodes) paintNode(context, n);
	const { size, font, weight, color } = scene.label;
	context.font = `${weight} ${size}px ${font}`;
	context.textBaseline = 'middle';
	context.lineJoin = 'round';
	context.lineWidth = 3;
	context.strokeStyle = 'rgba(255,255,255,0.9)';
	context.fillStyle = color;
	for (const l of scene.labels) {
		// A halo keeps text readable over edges, as on screen.
		context.strokeText(l.text, l.x, l.y);
		context.fillText(l.text, l.x, l.y);
	}
	if (scene.highlight) paintHighlight(context, scene, scene.highlight, scale);
	context.restore();
}
