import { describe, expect, it } from 'vitest';
import { detectRelationRoles, looksLikeHeader } from './column-roles';
import { parseInterval } from './interval';

describe('detectRelationRoles', () => {
	it('reads Gephi: Type as direction when it holds only directed/undirected, Kind as the type', () => {
		const roles = detectRelationRoles(
			['Source', 'Target', 'Type', 'Kind', 'Weight'],
			[['a', 'b', 'Directed', 'split', '2']]
		);
		expect(roles).toEqual(['source', 'target', 'direction', 'type', 'weight']);
	});

	it('reads Kumu: From/To are endpoints, Type the category', () => {
		const roles = detectRelationRoles(
			['From', 'To', 'Type', 'Strength', 'Tags'],
			[['a', 'b', 'ally', '3', 'x|y']]
		);
		expect(roles).toEqual(['source', 'target', 'type', 'weight', 'tags']);
	});

	it('reads Onodo: From/To holding dates are dates when Source/Target exist', () => {
		const roles = detectRelationRoles(
			['Source', 'Target', 'From', 'To'],
			[['a', 'b', '1991', '1993-05']]
		);
		expect(roles).toEqual(['source', 'target', 'start', 'end']);
	});

	it('reads Russian headers and interval columns', () => {
		const roles = detectRelationRoles(
			[' Источник ', 'Получатель', 'Тип', 'Вес', 'Time Interval'],
			[['a', 'b', 'split', '1', '[1991,1993]']]
		);
		expect(roles).toEqual(['source', 'target', 'type', 'weight', 'interval']);
	});

	it('reads the headers of a typical Russian sheet: Организация, Партнёр, Тип связи, Год', () => {
		const roles = detectRelationRoles(
			['Организация', 'Партнёр', 'Тип связи', 'Год', 'Год окончания'],
			[['КПРФ', 'РКРП', 'раскол', '1993', '']]
		);
		expect(roles).toEqual(['source', 'target', 'type', 'date', 'end']);
	});

	it('reads the mapping dialog’s own name for provenance, "Source reference"', () => {
		expect(detectRelationRoles(['from', 'to', 'Source reference'], [['a', 'b', 'x']])).toEqual([
			'source',
			'target',
			'source_ref'
		]);
	});

	it('tells a header row from a data row', () => {
		expect(looksLikeHeader(['source', 'target'])).toBe(true);
		expect(looksLikeHeader(['1', '2'])).toBe(false);
	});
});

describe('parseInterval', () => {
	it('reads Gephi interval sets as one span', () => {
		expect(parseInterval('<[1991,1993];[1995,1995]>')).toEqual({
			ok: true,
			start: '1991',
			end: '1995'
		});
		expect(parseInterval('[1991-09-07, 1993-05]')).toEqual({
			ok: true,
			start: '1991-09-07',
			end: '1993-05'
		});
		expect(parseInterval('soon').ok).toBe(false);
	});
});
