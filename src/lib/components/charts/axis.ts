// Svelte action: draws a d3 axis into a <g> and redraws it whenever the axis (its scale) changes.
import { select, type Axis, type AxisDomain } from 'd3';

export function axis<Domain extends AxisDomain>(node: SVGGElement, draw: Axis<Domain>) {
	const render = (next: Axis<Domain>) => {
		const group = select(node).call(next);
		// d3 sets 10px sans-serif on the group; the page's own font reads better and exports the same.
		group.attr('font-size', null).attr('font-family', null);
	};
	render(draw);
	return { update: render };
}
