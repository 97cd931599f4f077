// GEXF and GraphML parsers for the page, loaded only when such a file arrives. They need the
// browser's DOMParser, which workers lack, so these files are read on the main thread.
import type { XmlDocument, XmlTools } from '$lib/data/xml-graph';

export async function loadBrowserXmlTools(): Promise<XmlTools> {
	const [gexf, graphml] = await Promise.all([
		import('graphology-gexf/browser'),
		import('graphology-graphml/browser')
	]);
	return {
		parseXml(text: string): XmlDocument {
			const doc = new DOMParser().parseFromString(text, 'application/xml');
			const error = doc.getElementsByTagName('parsererror')[0];
			if (error) throw new Error((error.textContent ?? 'malformed XML').trim().split('\n')[0]);
			return doc;
		},
		gexf: gexf.parse as unknown as XmlTools['gexf'],
		graphml: graphml.parse as unknown as XmlTools['graphml']
	};
}
