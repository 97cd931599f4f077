// npm run inspect -- FILE [MORE_FILES...] [--json] [--map source=COL,target=COL,...]
// Runs the browser's import pipeline in Node and prints what it found. Exit 0 when it imported;
// 1 with one line on stderr when it could not (unreadable file, no endpoints found).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { loadDataset, type FileChoices, type InputFile } from '../src/lib/data/load-dataset';
import { previewFile } from '../src/lib/data/preview';
import { applyMap, parseArgs, UsageError } from './inspect-args';
import { inspectJson, inspectText } from './inspect-report';
import { nodeXmlTools } from './xml-tools-node';

function readInput(path: string): InputFile {
	try {
		return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new UsageError(`cannot read ${path}: ${code ?? (error as Error).message}`);
	}
}

function main(argv: string[]): void {
	const args = parseArgs(argv);
	const files = args.paths.map(readInput);
	const choices: Record<string, FileChoices> = {};
	for (const file of args.map.length > 0 ? files : []) {
		const preview = previewFile(file);
		const roles =
			preview.format === 'table' ? applyMap(preview.header, preview.roles, args.map) : null;
		if (roles) choices[file.name] = { roles, hasHeader: preview.hasHeader };
	}
	if (args.map.length > 0 && Object.keys(choices).length === 0) {
		const columns = args.map.map(([, column]) => `"${column}"`).join(', ');
		throw new UsageError(`--map: no file has all of the columns ${columns}`);
	}
	const previews = files.map((file) => previewFile(file, choices[file.name]));
	const dataset = loadDataset(files, { choices }, { xml: nodeXmlTools });
	const failure = dataset.diagnostics.find((d) => d.reason === 'unreadable-file');
	if (failure) throw new UsageError(`${failure.file}: ${failure.detail}`);
	if (dataset.relations.length === 0 && dataset.organizations.length === 0)
		throw new UsageError('no endpoints found: not one row could be imported');
	const report = args.json
		? JSON.stringify(inspectJson(previews, dataset), null, 2)
		: inspectText(previews, dataset);
	console.log(report);
}

try {
	main(process.argv.slice(2));
} catch (error) {
	const message = error instanceof Error ? error.message : String(error);
	console.error(`inspect: ${error instanceof UsageError ? message : `failed: ${message}`}`);
	process.exitCode = 1;
}
