// A key for remembering the user's mapping: files with the same header get the same choices.
export function headerKey(header: string[]): string {
	return header.map((h) => h.trim().toLowerCase()).join('\u241f');
}
