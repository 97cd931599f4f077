// Ids that cannot name a node. graphology, its standard library and sigma index nodes in plain
// objects, where a key such as "__proto__" or "constructor" finds Object.prototype's own member:
// a multigraph edge to "__proto__" even writes onto Object.prototype. Such ids are reported and
// their rows not imported, instead of corrupting the graph or every object on the page.

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isReservedId(id: string): boolean {
	return RESERVED.has(id);
}

export function reservedIdDetail(id: string, role: string): string {
	return (
		`${role} "${id}" is a name JavaScript reserves for its own objects and cannot be a node id ` +
		'here; rename it in the file (e.g. add a word)'
	);
}
