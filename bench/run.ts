// npm run bench [-- --sizes S,M,L,XL --runs 3 --layout-ms 3000 --only static,views,layout,big
//                   --port 4290 --no-build --site DIR --out FILE]
// npm run bench -- --report [--out FILE]   (the last run's figures again, with the current notes)
// Builds the site, generates seeded CSV graphs, serves both, runs every scenario in headless
// Chromium, prints a table of medians and ratios, and writes bench/RESULTS.md.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumPath } from '../scripts/chromium-path.js';
import { SIZES, generateEdgeList } from './generate';
import { LAST_RUN, describeRun, writeReport, type RunRecord } from './report';
import { measureSize } from './scenarios/graph-size';
import { benchPage, type Context } from './scenarios/page';
import { responsiveness } from './scenarios/responsiveness';
import { ceilingRow, ingestRow, layoutRows, visibilityRows } from './scenarios/rows';
import { bundle, firstView } from './scenarios/static';
import { serveStatic } from './static-server';
import { markdownTable, type Row } from './stats';

const args = process.argv.slice(2);
const option = (name: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 ? args[at + 1] : undefined;
};
const sizes = (option('sizes') ?? 'S,M,L,XL').split(',');
const runs = Number(option('runs') ?? 3);
const layoutMs = Number(option('layout-ms') ?? 3000);
const port = Number(option('port') ?? 4290);
const out = option('out') ?? 'bench/RESULTS.md';
// A site built earlier (e.g. a copy of build/ from another commit, for before/after figures).
const site = option('site') ?? 'build';
// Ingest always runs (the other graph scenarios need its graph); these may be left out.
const only = new Set((option('only') ?? 'static,views,layout,big').split(','));
const skipBig = !only.has('big');
const dataDir = 'bench/out/data';
const started = Date.now();
if (args.includes('--report')) {
	const last = JSON.parse(readFileSync(LAST_RUN, 'utf8')) as RunRecord;
	await writeReport(last, out);
	console.log(`bench: wrote ${out} from ${LAST_RUN} (${last.date})`);
	process.exit(0);
}
const command = `npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}`;

if (!args.includes('--no-build') && !option('site'))
	execSync('npx vite build', { stdio: 'ignore' });
mkdirSync(dataDir, { recursive: true });
for (const size of SIZES.filter((s) => sizes.includes(s.name))) {
	const file = `${dataDir}/${size.name}.csv`;
	if (!existsSync(file)) writeFileSync(file, generateEdgeList(size));
}
const bigFile = `${dataDir}/big-50mb.csv`;
if (!skipBig && !existsSync(bigFile))
	writeFileSync(bigFile, generateEdgeList({ nodes: 100_000, edges: 500_000 }, 11, 60));

const server = await serveStatic(site, dataDir, port);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const ctx: Context = { browser, origin: `http://127.0.0.1:${port}`, runs };
const rows: Row[] = [];
const raw: Record<string, unknown> = {};
const record = (...added: (Row | null)[]) => {
	for (const row of added) {
		if (!row) continue;
		rows.push(row);
		console.log(
			`${row.scenario} ${row.size}: ${row.app} | ${row.baseline} | ${row.ratio} (${row.target}: ${row.verdict})`
		);
	}
};

let renderer: string;
try {
	const probe = await benchPage(ctx);
	renderer = await probe.evaluate(() => window.__splinter!.webglRenderer());
	await probe.close();
	if (!renderer)
		throw new Error('bench: no WebGL context in this Chromium; figures would be meaningless');
	console.log(`WebGL renderer: ${renderer}`);

	if (only.has('static')) {
		record(await bundle(ctx, site));
		record(...(await firstView(ctx)));
	}
	for (const size of sizes) {
		// Targets (docs/performance.md): ingest at M, L, XL; layout at M and L; filter/time at L;
		// XL must work. Elsewhere a figure is recorded once; pixels are filled only where that
		// takes seconds, not minutes.
		const results = await measureSize(ctx, {
			size,
			file: `${size}.csv`,
			layoutMs,
			viewRuns: !only.has('views') ? 0 : size === 'M' || size === 'L' ? runs : 1,
			layoutRuns: !only.has('layout') ? 0 : size === 'M' || size === 'L' ? runs : 0,
			pixels: size === 'S' || size === 'M'
		});
		raw[size] = results;
		record(ingestRow(size, results), ...layoutRows(size, results));
		record(...visibilityRows(size, results), ceilingRow(size, results));
	}
	if (!skipBig) record(...(await responsiveness(ctx, 'big-50mb.csv', 50)));
} finally {
	await browser.close();
	server.close();
}

const minutes = (Date.now() - started) / 60000;
const table = markdownTable(rows);
console.log(`\n${table}\n`);
const run = describeRun({ command, runs, renderer, minutes, table, raw });
writeFileSync(LAST_RUN, JSON.stringify(run, null, '\t'));
await writeReport(run, out);
console.log(`bench: wrote ${out} in ${minutes.toFixed(1)} min`);
