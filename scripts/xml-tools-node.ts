// GEXF and GraphML parsing in Node for the CLI: graphology's Node builds on @xmldom/xmldom.
import { DOMParser } from '@xmldom/xmldom';
import gexf from 'graphology-gexf/node';
import graphml from 'graphology-graphml/node';
import type { XmlDocument, XmlTools } from '../src/lib/data/xml-graph';

export const nodeXmlTools: XmlTools = {
	parseXml(text: string): XmlDocument {
		const fail = (message: string) => {
			throw new Error(message.trim().split('\n')[0]);
		};
		const parser = new DOMParser({ errorHandler: { error: fail, fatalError: fail } });
		return parser.parseFromString(text, 'application/xml') as unknown as XmlDocument;
	},
	gexf: gexf.parse as unknown as XmlTools['gexf'],
	graphml: graphml.parse as unknown as XmlTools['graphml']
};
