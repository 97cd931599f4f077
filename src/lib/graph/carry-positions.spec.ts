import { describe, expect, it } from 'vitest';
import { carryPositions } from './carry-positions';
import { testGraph } from './test-graph';

describe('carryPositions', () => {
	const source = () => {
		const g = testGraph(['a', 'b', 'c']);
		g.mergeNodeAttributes('a', { x: 10, y: 20 });
		g.mergeNodeAttributes('b', { x: 30, y: 40 });
		return g;
	};

	it('copies positions of shared nodes and places a new node among its neighbours', () => {
		const target = testGraph(['a', 'b', 'hub'], ['a-hub', 'b-hub']);
		carryPositions(source(), target, { placeMissing: true });
		expect(target.getNodeAttributes('a')).toMatchObject({ x: 10, y: 20 });
		expect(target.getNodeAttributes('hub')).toMatchObject({ x: 20, y: 30 });
	});

	it('leaves a new node where it was when asked to', () => {
		const target = testGraph(['a', 'b', 'hub'], ['a-hub', 'b-hub']);
		carryPositions(source(), target, { placeMissing: false });
		expect(target.getNodeAttributes('hub')).toMatchObject({ x: 2, y: 0 });
	});
});
