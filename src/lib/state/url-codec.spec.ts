import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, decodeView, encodeView, type ViewSnapshot } from './url-codec';

const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== '');
const sortedUnique = (arb: fc.Arbitrary<string>) =>
	fc.uniqueArray(arb, { maxLength: 4 }).map((values) => [...values].sort());
// -0 is not a camera state anyone can produce (the camera state rounds it away): leave it out.
const finite = fc
	.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
	.map((v) => v + 0);

const snapshot: fc.Arbitrary<ViewSnapshot> = fc.record({
	source: fc.oneof(
		fc.constant('default'),
		text.map((name) => `file:${name}`)
	),
	selected: fc.option(text, { nil: null }),
	time: fc.oneof(
		fc.constant({ mode: 'all' as const }),
		fc.integer({ min: 1, max: 9999 }).map((year) => ({ mode: 'point' as const, year })),
		fc
			.tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 50 }))
			.filter(([from, width]) => from + width <= 9999)
			.map(([from, width]) => ({ mode: 'window' as const, from, to: from + width }))
	),
	recentYears: fc.integer({ min: 0, max: 100 }),
	filters: fc.record({
		hiddenRelations: sortedUnique(text),
		hiddenKinds: sortedUnique(text),
		minDegree: fc.integer({ min: 0, max: 1000 }),
		hideIsolates: fc.boolean(),
		community: fc.option(text, { nil: null }),
		neighbourhood: fc.constantFrom(0 as const, 1 as const, 2 as const)
	}),
	projection: fc.boolean(),
	colorBy: fc.constantFrom('kind' as const, 'community' as const),
	sizeBy: fc.constantFrom('degree' as const, 'membership' as const),
	camera: fc.option(
		fc.record({
			x: finite,
			y: finite,
			ratio: fc.double({ noNaN: true, min: 1e-6, max: 1e3 }),
			angle: finite
		}),
		{ nil: null }
	)
});

describe('URL state', () => {
	it('round-trips: state → URL → state is the identity, with no notices', () => {
		fc.assert(
			fc.property(snapshot, (view) => {
				const decoded = decodeView(encodeView(view));
				expect(decoded.notices).toEqual([]);
				expect(decoded.view).toEqual(view);
			}),
			{ numRuns: 500 }
		);
	});

	it('writes nothing for the default view and keeps the test flag', () => {
		expect(encodeView(DEFAULT_VIEW)).toBe('');
		const { view, passthrough } = decodeView('?test&time=1995');
		expect(encodeView(view, passthrough)).toBe('?test=&time=1995');
	});

	it('writes a readable query', () => {
		const view: ViewSnapshot = {
			...DEFAULT_VIEW,
			selected: 'sk',
			time: { mode: 'window', from: 1991, to: 2001 },
			filters: { ...DEFAULT_VIEW.filters, hiddenRelations: ['member_of', 'co_signature'] },
			projection: true
		};
		expect(encodeView(view)).toBe(
			'?org=sk&time=1991-2001&hideType=co_signature&hideType=member_of&projection=on'
		);
	});

	it('ignores unknown, repeated and malformed parameters with a notice each, never throwing', () => {
		const { view, notices } = decodeView(
			'?time=banana&colour=red&org=sk&org=cprf&around=3&camera=1,2,0,0&constructor=x&minDegree=-1&hideType=&isolates=hide'
		);
		expect(view).toEqual({
			...DEFAULT_VIEW,
			selected: 'sk',
			filters: { ...DEFAULT_VIEW.filters, hideIsolates: true }
		});
		expect(notices).toEqual([
			{ param: 'time', value: 'banana', reason: 'malformed' },
			{ param: 'colour', value: 'red', reason: 'unknown' },
			{ param: 'org', value: 'cprf', reason: 'repeated' },
			{ param: 'around', value: '3', reason: 'malformed' },
			{ param: 'camera', value: '1,2,0,0', reason: 'malformed' },
			{ param: 'constructor', value: 'x', reason: 'unknown' },
			{ param: 'minDegree', value: '-1', reason: 'malformed' },
			{ param: 'hideType', value: '', reason: 'malformed' }
		]);
	});

	it('rejects backwards windows and impossible years', () => {
		for (const bad of ['2001-1991', '0', '12345', '1991-', '-1991', '1991-1995-2000']) {
			expect(decodeView(`?time=${bad}`).notices).toHaveLength(1);
		}
		expect(decodeView('?time=1995-1995').view.time).toEqual({
			mode: 'window',
			from: 1995,
			to: 1995
		});
	});

	it('survives any query string', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (query) => {
				const { view } = decodeView(query);
				expect(decodeView(encodeView(view)).view).toEqual(view);
			})
		);
	});
});
