// Errors that escaped every other handler, kept so the page can say what happened in words
// (with details to copy into a bug report) instead of going blank.

export interface LoggedError {
	message: string;
	details: string;
	at: string;
}

function describe(error: unknown): LoggedError {
	const at = new Date().toISOString();
	if (error instanceof Error) {
		return {
			message: error.message || error.name,
			details: `${error.name}: ${error.message}\n${error.stack ?? ''}`,
			at
		};
	}
	const text = typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error));
	return { message: text, details: text, at };
}

class ErrorLog {
	current = $state<LoggedError | null>(null);

	report(error: unknown): void {
		this.current = describe(error);
		console.error(error);
	}

	dismiss(): void {
		this.current = null;
	}

	/** Listens for errors outside components (promises, events, workers); returns the cleanup. */
	listen(target: Window): () => void {
		const onError = (event: ErrorEvent) => this.report(event.error ?? event.message);
		const onRejection = (event: PromiseRejectionEvent) => this.report(event.reason);
		target.addEventListener('error', onError);
		target.addEventListener('unhandledrejection', onRejection);
		return () => {
			target.removeEventListener('error', onError);
			target.removeEventListener('unhandledrejection', onRejection);
		};
	}
}

export const errorLog = new ErrorLog();
