// Hands a file to the browser's downloads, named: the page never holds on to it.
export function saveFile(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	link.click();
	// The download has its own reference by now; this one only keeps memory.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
