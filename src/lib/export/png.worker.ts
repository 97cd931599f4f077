// Paints and encodes an export's PNG off the page, on an OffscreenCanvas: a large image takes
// seconds to rasterise and compress, and the page stays usable meanwhile.
import { paintPng, type PngJob, type PngProgress } from './png-image';

const report = (progress: PngProgress) => postMessage(progress);

self.onmessage = async (event: MessageEvent<PngJob>) => {
	const job = event.data;
	try {
		const canvas = new OffscreenCanvas(job.width, job.height);
		const context = canvas.getContext('2d');
		// A canvas past the browser's limits has no context (or a lost one).
		if (!context) return report({ failed: 'no 2D context for a canvas of this size' });
		paintPng(context, job, () => report({ stage: 'caption' }));
		report({ stage: 'encoding' });
		report({ blob: await canvas.convertToBlob({ type: 'image/png' }) });
	} catch (error) {
		report({ failed: error instanceof Error ? error.message : String(error) });
	}
};
