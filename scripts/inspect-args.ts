// Arguments of `npm run inspect`: files, --json, and --map ROLE=COLUMN,... laid over detected roles.
import { RELATION_ROLES, type RelationRole } from '../src/lib/data/column-roles';
import { normalizeHeader } from '../src/lib/data/schema';

export const USAGE =
	'usage: npm run inspect -- FILE [MORE_FILES...] [--json] [--map source=COL,target=COL,...]';
const SINGLE_ROLES: readonly RelationRole[] = RELATION_ROLES.filter(
	(r) => r !== 'attribute' && r !== 'ignore'
);

/** A mistake of the caller's, reported as one line on stderr. */
export class UsageError extends Error {}

export interface InspectArgs {
	paths: string[];
	json: boolean;
	map: [RelationRole, string][];
}

export function parseArgs(argv: string[]): InspectArgs {
	const args: InspectArgs = { paths: [], json: false, map: [] };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i]!;
		if (arg === '--json') args.json = true;
		else if (arg === '--map') args.map.push(...parseMap(argv[++i] ?? ''));
		else if (arg.startsWith('--map=')) args.map.push(...parseMap(arg.slice(6)));
		else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}; ${USAGE}`);
		else args.paths.push(arg);
	}
	if (args.paths.length === 0) throw new UsageError(USAGE);
	return args;
}

export function parseMap(spec: string): [RelationRole, string][] {
	return spec.split(',').map((pair) => {
		const [role, column] = pair.split('=').map((s) => s.trim());
		if (!role || !column || !(RELATION_ROLES as readonly string[]).includes(role))
			throw new UsageError(
				`--map: "${pair}" is not ROLE=COLUMN with a role among ${RELATION_ROLES.join(', ')}`
			);
		return [role as RelationRole, column];
	});
}

/**
 * The detected roles with the --map choices laid over them (a column is named by its header or its
 * 1-based number); null when the file lacks one of the columns.
 */
export function applyMap(
	header: string[],
	detected: RelationRole[],
	map: [RelationRole, string][]
): RelationRole[] | null {
	const roles = [...detected];
	const names = header.map(normalizeHeader);
	for (const [role, column] of map) {
		const at = /^\d+$/.test(column) ? Number(column) - 1 : names.indexOf(normalizeHeader(column));
		if (at < 0 || at >= header.length) return null;
		if (SINGLE_ROLES.includes(role))
			roles.forEach((r, i) => {
				if (r === role) roles[i] = 'attribute';
			});
		roles[at] = role;
	}
	return roles;
}
