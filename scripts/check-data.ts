// npm run check:data [DIR...]: validates dataset directories in our schema (default: data/).
// Prints `file:line: message` per problem and exits 1 when there is any.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateDatasetTexts } from '../src/lib/data/validate-dataset';

const dirs = process.argv.slice(2).filter((a) => !a.startsWith('-'));
let failed = false;
for (const dir of dirs.length > 0 ? dirs : ['data']) {
	let names: string[];
	try {
		names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.csv'));
	} catch (error) {
		console.error(`check:data: cannot read ${dir}: ${(error as Error).message}`);
		failed = true;
		continue;
	}
	const files = names.map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
	const errors = validateDatasetTexts(files);
	for (const e of errors) console.error(`${join(dir, e.file)}:${e.line}: ${e.message}`);
	if (errors.length > 0) failed = true;
	else console.log(`check:data: ${dir} is valid (${names.join(', ')})`);
}
process.exit(failed ? 1 : 0);
