// A long name cut to fit a narrow control (a select in the sidebar, a legend row): at a word
// boundary when one is near, with an ellipsis, so "All-Union Party «Union of Communists»" reads
// "All-Union Party «Union of…" rather than running out of its column.
export const SHORT_NAME = 30;

export function shortName(name: string, max = SHORT_NAME): string {
	const text = name.trim();
	if ([...text].length <= max) return text;
	const head = [...text].slice(0, max - 1).join('');
	const space = head.lastIndexOf(' ');
	const cut = space >= max / 2 ? head.slice(0, space) : head;
	return `${cut.replace(/[\s,;:.\-–—«“"(]+$/u, '')}…`;
}
