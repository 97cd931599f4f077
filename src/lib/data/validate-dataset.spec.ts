import { describe, expect, it } from 'vitest';
import { validateDatasetTexts } from './validate-dataset';

const orgHeader =
	'id,name,name_native,aliases,kind,founded,dissolved,country,leader,ideology,website,source_ref,notes';
const relHeader = 'source,target,type,start,end,label,weight,confidence,source_ref,notes';
const good = {
	organizations: `${orgHeader}\nsk,Union of Communists,Союз коммунистов,SK|СК,party,1991,,Russia,,,,seed 000,\ncprf,CPRF,КПРФ,,party,1993-02,,Russia,,,https://kprf.ru,seed 000,\n`,
	relations: `${relHeader}\nsk,cprf,cooperation,1992,1993,,1,stated,seed 000,\n`
};

function validate(overrides: Partial<Record<string, string>>) {
	const texts = { ...good, ...overrides };
	return validateDatasetTexts(
		Object.entries(texts)
			.filter(([, text]) => text !== undefined)
			.map(([name, text]) => ({ name: `${name}.csv`, text: text! }))
	);
}

describe('validateDatasetTexts', () => {
	it('accepts a valid dataset', () => {
		expect(validate({})).toEqual([]);
	});

	it.each([
		[
			'a missing endpoint',
			{ relations: `${relHeader}\nsk,nobody,split,,,,1,stated,seed,\n` },
			'relations.csv',
			2,
			'target "nobody" is not an organization id'
		],
		[
			'an unknown type',
			{ relations: `${relHeader}\nsk,cprf,friendship,,,,1,stated,seed,\n` },
			'relations.csv',
			2,
			'type "friendship" is not in the vocabulary'
		],
		[
			'a bad date',
			{ relations: `${relHeader}\nsk,cprf,split,07.09.1991,,,1,stated,seed,\n` },
			'relations.csv',
			2,
			'start "07.09.1991" is not YYYY'
		],
		[
			'end before start',
			{ relations: `${relHeader}\nsk,cprf,split,1995,1993,,1,stated,seed,\n` },
			'relations.csv',
			2,
			'end 1993 is before start 1995'
		],
		[
			'an empty source_ref',
			{ relations: `${relHeader}\nsk,cprf,split,,,,1,stated,,\n` },
			'relations.csv',
			2,
			'source_ref is empty'
		],
		[
			'a duplicate id',
			{ organizations: `${good.organizations}sk,Again,,,party,,,,,,,seed,\n` },
			'organizations.csv',
			4,
			'id "sk" is already used on line 2'
		],
		[
			'a non-http website',
			{
				organizations: `${orgHeader}\nsk,SK,,,party,,,,,,javascript:alert(1),seed,\ncprf,CPRF,,,party,,,,,,,seed,\n`
			},
			'organizations.csv',
			2,
			'is not an http(s) URL'
		],
		[
			'a source URL cut short with "..."',
			{
				relations: `${relHeader}\nsk,cprf,split,,,,1,stated,seed 000 ; https://example.org/wiki/...Party,\n`
			},
			'relations.csv',
			2,
			'source_ref: the URL "https://example.org/wiki/...Party" is cut short'
		],
		[
			'a URL in notes cut short with "…"',
			{
				organizations: `${orgHeader}\nsk,SK,,,party,,,,,,,seed,see https://example.org/2020/07/…\ncprf,CPRF,,,party,,,,,,,seed,\n`
			},
			'organizations.csv',
			2,
			'notes: the URL "https://example.org/2020/07/…" is cut short'
		],
		[
			'a URL cut short in a column beyond the schema',
			{
				relations: `${relHeader},archive\nsk,cprf,split,,,,1,stated,seed 000,,http://example.org/...\n`
			},
			'relations.csv',
			2,
			'archive: the URL "http://example.org/..." is cut short'
		],
		[
			'a missing column',
			{ relations: 'source,target\nsk,cprf\n' },
			'relations.csv',
			1,
			'missing column(s): type'
		],
		[
			'a congress of an unknown org',
			{
				congresses:
					'org,ordinal,name,start,end,location,attendance,source_ref,notes\nnobody,1,I,1991,,,,seed,\n'
			},
			'congresses.csv',
			2,
			'org "nobody" is not an organization id'
		],
		[
			'a membership kind outside the vocabulary',
			{ membership: 'org,date,members,kind,source_ref\nsk,2010,2000,guess,seed\n' },
			'membership.csv',
			2,
			'kind "guess" is not one of'
		]
	])('reports %s with file and line', (_, overrides, file, line, message) => {
		const errors = validate(overrides);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors[0]).toMatchObject({ file, line });
		expect(errors[0]!.message).toContain(message);
	});

	it('accepts an ellipsis in a quote and a URL ending a sentence', () => {
		const relations = `${relHeader}\nsk,cprf,split,,,,1,stated,"seed 000 §History: ""the party … was"" ; https://example.org/a/b",See https://example.org/x.\n`;
		expect(validate({ relations })).toEqual([]);
	});

	describe("a congress outside its organization's lifetime", () => {
		const organizations = `${orgHeader}\nold,Old party,,,party,1952,1991,,,,,seed,\nnew,New party,,,party,1993-03-26,1993-03,,,,,seed,\nsk,SK,,,party,,,,,,,seed,\ncprf,CPRF,,,party,,,,,,,seed,\n`;
		const congresses = (...rows: string[]) =>
			['org,ordinal,name,start,end,location,attendance,source_ref,notes', ...rows].join('\n');

		it('is reported when held after the dissolution or before the founding', () => {
			const errors = validate({
				organizations,
				congresses: congresses('old,29,XXIX,1993-03,,,,seed,', 'new,,Preparatory,1992-10,,,,seed,')
			});
			expect(errors).toMatchObject([
				{
					file: 'congresses.csv',
					line: 2,
					message: expect.stringContaining('start 1993-03 is after "old" was dissolved (1991)')
				},
				{
					file: 'congresses.csv',
					line: 3,
					message: expect.stringContaining('end 1992-10 is before "new" was founded (1993-03-26)')
				}
			]);
		});

		it('is accepted when its notes say why', () => {
			const errors = validate({
				organizations,
				congresses: congresses(
					'old,20,XX,1992-10,,,,seed,Held by restorationists after the dissolution of the party.',
					'new,,Preparatory,1992-10,,,,seed,Held before its founding by the organizing committee.'
				)
			});
			expect(errors).toEqual([]);
		});

		it('counts a day at the precision each date has', () => {
			const errors = validate({
				organizations,
				congresses: congresses(
					// Opens the day before the founding date and ends on it.
					'new,1,Founding,1993-03-25,1993-03-26,,,seed,',
					// In the month of the dissolution, which is given to the month only.
					'new,2,Last,1993-03-30,,,,seed,',
					'old,28,XXVIII,1991,,,,seed,',
					'old,,Undated,,,,,seed,'
				)
			});
			expect(errors).toEqual([]);
		});
	});

	it('reports a missing required file', () => {
		expect(validate({ relations: undefined })).toEqual([
			{ file: 'relations.csv', line: 0, message: 'file is missing' }
		]);
	});
});
