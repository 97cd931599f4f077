// A failure of an export that the reader can act on, already in words (the message is shown as is).
export class ExportError extends Error {}
