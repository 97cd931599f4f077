// The GEXF writer alone: graphology-gexf's browser entry also loads its parser, which needs the
// DOM when imported, and the writer is needed (and tested) without one.
declare module 'graphology-gexf/browser/writer' {
	import type { write } from 'graphology-gexf/browser';
	const writeGexf: typeof write;
	export default writeGexf;
}
