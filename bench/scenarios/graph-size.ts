// Everything measured on one generated graph size, each run in one fresh page: ingest against its
// baseline, then (on the graph now drawn) filter/time changes against a bare refresh, ForceAtlas2
// with sigma drawing against the FA2 worker alone, and the cost of camera and hover frames.
import type {
	IngestResult,
	InteractionResult,
	LayoutResult,
	VisibilityResult
} from '../../src/lib/bench/bench-api';
import { benchPage, type Context } from './page';

export interface SizeRun {
	app: IngestResult;
	baseline: IngestResult;
	visibility?: VisibilityResult;
	/** Alternating windows (alone, with sigma, alone, ...), so a change in the machine's load
	 * falls on both sides alike. */
	layoutAlone?: LayoutResult[];
	layoutWithSigma?: LayoutResult[];
	interaction?: InteractionResult;
}

export interface SizePlan {
	size: string;
	file: string;
	/** Milliseconds of ForceAtlas2 per window. */
	layoutMs: number;
	/** How many of the runs also time filter/time changes, camera and hover (0: none). */
	viewRuns: number;
	/** How many of the runs also time the live layout (0: none). */
	layoutRuns: number;
	/** Whether the first run also times one frame with its pixels filled (SwiftShader: seconds
	 * for M, most of a minute for XL). */
	pixels: boolean;
}

const LAYOUT_ROUNDS = 2;

/** Iterations per second over several windows together. */
export const totalRate = (windows: LayoutResult[]) =>
	windows.reduce((n, w) => n + w.iterations, 0) / windows.reduce((t, w) => t + w.seconds, 0);

export async function measureSize(ctx: Context, plan: SizePlan): Promise<SizeRun[]> {
	const out: SizeRun[] = [];
	const url = `/__bench/${plan.file}`;
	for (let run = 0; run < ctx.runs; run++) {
		const page = await benchPage(ctx);
		try {
			// Alternate which goes first, so neither always meets a warmer or fuller heap.
			const baselineFirst = run % 2 === 0;
			let baseline: IngestResult | null = null;
			if (baselineFirst)
				baseline = await page.evaluate((u) => window.__splinterBench!.baselineIngest(u), url);
			const app = await page.evaluate((u) => window.__splinterBench!.ingest(u), url);
			baseline ??= await page.evaluate(async (u) => {
				await window.__splinterBench!.settleLayout();
				return window.__splinterBench!.baselineIngest(u);
			}, url);
			if (app.edges !== baseline.edges || app.nodes !== baseline.nodes)
				throw new Error(
					`bench ${plan.size}: app has ${app.nodes}/${app.edges}, baseline ${baseline.nodes}/${baseline.edges}`
				);
			const result: SizeRun = { app, baseline };
			if (run < plan.viewRuns) {
				result.visibility = await page.evaluate(() => window.__splinterBench!.visibilityChanges(2));
				result.interaction = await page.evaluate(
					(pixels) => window.__splinterBench!.interaction(5, pixels),
					run === 0 && plan.pixels
				);
			}
			if (run < plan.layoutRuns) {
				result.layoutAlone = [];
				result.layoutWithSigma = [];
				for (let round = 0; round < LAYOUT_ROUNDS; round++) {
					result.layoutAlone.push(
						await page.evaluate((ms) => window.__splinterBench!.layoutAlone(ms), plan.layoutMs)
					);
					result.layoutWithSigma.push(
						await page.evaluate((ms) => window.__splinterBench!.layoutWithSigma(ms), plan.layoutMs)
					);
				}
			}
			out.push(result);
			console.log(`  ${plan.size} run ${run + 1}: ${summary(result)}`);
		} finally {
			await page.close();
		}
	}
	return out;
}

function summary(r: SizeRun): string {
	const parts = [`ingest ${r.app.ms.toFixed(0)} ms vs ${r.baseline.ms.toFixed(0)} ms`];
	if (r.visibility)
		parts.push(
			`toggle ${r.visibility.relationToggle.toFixed(0)} ms, step ${r.visibility.timeStep.toFixed(0)} ms vs bare ${r.visibility.bareRefresh.toFixed(0)} ms`
		);
	if (r.layoutAlone && r.layoutWithSigma)
		parts.push(
			`FA2 ${totalRate(r.layoutWithSigma).toFixed(2)} it/s (${r.layoutWithSigma.map((w) => w.rate.toFixed(2)).join(', ')}) vs ${totalRate(r.layoutAlone).toFixed(2)} it/s alone (${r.layoutAlone.map((w) => w.rate.toFixed(2)).join(', ')})`
		);
	if (r.interaction)
		parts.push(
			`camera ${r.interaction.cameraFrame.toFixed(0)} ms, hover ${r.interaction.hover.toFixed(0)} ms`
		);
	return parts.join('; ');
}
