// Gives the focus back to the element that had it when a dialog opened. The browser does this
// for a <dialog> closed while it stays in the page (layout/Modal.svelte), but a dialog removed with
// its component (the import's mapping and size dialogs) leaves the focus on <body>.

/** Call just before `showModal()`; call what it returns once the dialog has closed. */
export function rememberOpener(): () => void {
	const opener = document.activeElement;
	return () => {
		if (opener instanceof HTMLElement && opener.isConnected && document.activeElement !== opener)
			opener.focus();
	};
}

/** Attachment for a <dialog> that lives as long as its component: modal while mounted, closed
 * with the focus given back when removed. */
export function modalWhileMounted(dialog: HTMLDialogElement): () => void {
	const restoreFocus = rememberOpener();
	dialog.showModal();
	return () => {
		dialog.close();
		restoreFocus();
	};
}
