// Attribute maps keyed by column names from untrusted files. A plain `obj[key] = v` with the key
// "__proto__" would set the prototype instead of storing the value, so keys are defined as own data.

export function setOwn(record: Record<string, string>, key: string, value: string): void {
	Object.defineProperty(record, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true
	});
}
