// Fills a catalogue message: `{name}` placeholders, and plurals in a small subset of ICU syntax,
// `{count, plural, one {# relation} other {# relations}}`, chosen with Intl.PluralRules so that
// Russian gets its one / few / many forms. `#` stands for the number, formatted for the locale.

export type MessageVars = Record<string, string | number>;

type Part =
	| { kind: 'text'; text: string }
	| { kind: 'hash' }
	| { kind: 'var'; name: string }
	| { kind: 'plural'; name: string; branches: Map<string, Part[]> };

/** Index of the `}` that closes the `{` at `open`, or -1 when the braces are unbalanced. */
function closing(text: string, open: number): number {
	let depth = 0;
	for (let i = open; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i;
	}
	return -1;
}

const PLURAL = /^\s*(\w+)\s*,\s*plural\s*,/;
const BRANCH = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;

function parseBranches(body: string): Map<string, Part[]> {
	const branches = new Map<string, Part[]>();
	let at = 0;
	while (body.slice(at).trim() !== '') {
		const match = BRANCH.exec(body.slice(at));
		const open = match ? at + match[0].length - 1 : -1;
		const end = match ? closing(body, open) : -1;
		if (!match || end < 0) throw new SyntaxError(`bad plural branch in "${body}"`);
		branches.set(match[1]!, parse(body.slice(open + 1, end), true));
		at = end + 1;
	}
	if (!branches.has('other')) throw new SyntaxError(`plural without "other" in "${body}"`);
	return branches;
}

/** Parses a message; throws a SyntaxError naming the problem when it is malformed. */
export function parse(template: string, inPlural = false): Part[] {
	const parts: Part[] = [];
	let text = '';
	const flush = () => {
		if (text) parts.push({ kind: 'text', text });
		text = '';
	};
	for (let at = 0; at < template.length; at++) {
		const char = template[at]!;
		if (char === '#' && inPlural) {
			flush();
			parts.push({ kind: 'hash' });
		} else if (char === '{') {
			const end = closing(template, at);
			if (end < 0) throw new SyntaxError(`unbalanced "{" in "${template}"`);
			const inner = template.slice(at + 1, end);
			const plural = PLURAL.exec(inner);
			flush();
			if (plural) {
				const branches = parseBranches(inner.slice(plural[0].length));
				parts.push({ kind: 'plural', name: plural[1]!, branches });
			} else if (/^\w+$/.test(inner)) parts.push({ kind: 'var', name: inner });
			else throw new SyntaxError(`bad placeholder "{${inner}}"`);
			at = end;
		} else text += char;
	}
	flush();
	return parts;
}

const cache = new Map<string, Part[]>();
const rules = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
	let rule = rules.get(locale);
	if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
	return rule;
}

function render(
	parts: Part[],
	vars: MessageVars,
	locale: string,
	formatNumber: (value: number) => string,
	count: number | null
): string {
	let out = '';
	for (const part of parts) {
		if (part.kind === 'text') out += part.text;
		else if (part.kind === 'hash') out += count === null ? '#' : formatNumber(count);
		else if (!Object.hasOwn(vars, part.name)) out += `{${part.name}}`;
		else if (part.kind === 'var') {
			const value = vars[part.name]!;
			out += typeof value === 'number' ? formatNumber(value) : value;
		} else {
			const n = Number(vars[part.name]);
			const branch =
				part.branches.get(`=${n}`) ??
				part.branches.get(pluralRules(locale).select(n)) ??
				part.branches.get('other')!;
			out += render(branch, vars, locale, formatNumber, n);
		}
	}
	return out;
}

export function formatMessage(
	template: string,
	vars: MessageVars,
	locale: string,
	formatNumber: (value: number) => string
): string {
	let parts = cache.get(template);
	if (!parts) cache.set(template, (parts = parse(template)));
	return render(parts, vars, locale, formatNumber, null);
}

/** Names of the values a message uses (placeholders and plural counts), sorted. */
export function placeholders(template: string): string[] {
	const names = new Set<string>();
	const walk = (parts: Part[]) => {
		for (const part of parts) {
			if (part.kind === 'var') names.add(part.name);
			if (part.kind === 'plural') {
				names.add(part.name);
				part.branches.forEach(walk);
			}
		}
	};
	walk(parse(template));
	return [...names].sort();
}

/** The plural categories each plural in a message spells out, e.g. ["one", "other"]. */
export function pluralCategories(template: string): string[][] {
	const found: string[][] = [];
	const walk = (parts: Part[]) => {
		for (const part of parts) {
			if (part.kind !== 'plural') continue;
			found.push([...part.branches.keys()]);
			part.branches.forEach(walk);
		}
	};
	walk(parse(template));
	return found;
}
