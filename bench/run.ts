// npm run bench [-- --sizes S,M,L,XL --runs 3 --no-build]
// Builds the site, generates seeded CSV graphs, serves both, runs every scenario in headless
// Chromium, prints a table of medians and ratios, and writes bench/RESULTS.md.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.js';
import { SIZES, generateEdgeList } from './generate';
import { bundle, firstView, ingest, responsiveness, type Context } from './scenarios';
import { serveStatic } from './static-server';
import { markdownTable, type Row } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('sizes') ?? 'S,M,L,XL').split(',');
const runs = Number(option('runs') ?? 3);
const port = Number(option('port') ?? 4290);
const dataDir = 'bench/out/data';
const started = Date.now();

if (!args.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
mkdirSync(dataDir, { recursive: true });
for (const size of SIZES.filter((s) => sizes.includes(s.name))) {
	const file = `${dataDir}/${size.name}.csv`;
	if (!existsSync(file)) writeFileSync(file, generateEdgeList(size));
}
const bigFile = `${dataDir}/big-50mb.csv`;
if (!existsSync(bigFile))
	writeFileSync(bigFile, generateEdgeList({ nodes: 100_000, edges: 500_000 }, 11, 60));

const server = await serveStatic('build', dataDir, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const ctx: Context = { browser, origin: `http://127.0.0.1:${port}`, runs };
const rows: Row[] = [];
const record = (row: Row) => {
	rows.push(row);
	console.log(
		`${row.scenario} ${row.size}: app ${row.app}, baseline ${row.baseline}, ratio ${row.ratio} (${row.target}: ${row.verdict})`
	);
};

try {
	const probe = await browser.newPage();
	await probe.goto(`${ctx.origin}/?test`);
	await probe.waitForFunction(() => window.__splinter !== undefined, null, { timeout: 60_000 });
	const renderer = await probe.evaluate(() => window.__splinter!.webglRenderer());
	await probe.close();
	if (!renderer)
		throw new Error('bench: no WebGL context in this Chromium; figures would be meaningless');
	console.log(`WebGL renderer: ${renderer}`);

	record(await bundle(ctx, 'build'));
	record(await firstView(ctx));
	for (const size of sizes) record(await ingest(ctx, size, `${size}.csv`));
	record(await responsiveness(ctx, 'big-50mb.csv', 50));
} finally {
	await browser.close();
	server.close();
}

const table = markdownTable(rows);
console.log(`\n${table}\n`);
const minutes = ((Date.now() - started) / 60000).toFixed(1);
const report = `# Benchmark results

Measured by \`npm run bench -- --sizes ${sizes.join(',')} --runs ${runs}\` on ${new Date().toISOString().slice(0, 16)}Z,
${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium
(${chromiumPath() ?? 'Playwright Chromium'}), WebGL through SwiftShader (no GPU). The whole run took ${minutes} min.
Every figure is a median of ${runs} runs, each in a fresh page; ratios compare against a baseline
measured in the same page and run (see shared/docs/performance.md for why).

${table}

Sizes: ${SIZES.map((s) => `${s.name} ${s.nodes.toLocaleString('en')} nodes / ${s.edges.toLocaleString('en')} edges`).join(', ')}.
`;
writeFileSync('bench/RESULTS.md', report);
console.log(`bench: wrote bench/RESULTS.md in ${minutes} min`);
