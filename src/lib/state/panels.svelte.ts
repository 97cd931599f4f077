// The page's panels around the graph: the filters sidebar, the Details panel and the bottom drawer.
// On wide screens each can be collapsed and resized (sizes remembered); on narrow screens they are
// sheets over the graph, one at a time. The graph keeps whatever is left, and at least half of a
// wide screen: the two side panels together never take more than half of the window's width.
import { readStored, writeStored } from './stored';

export type PanelId = 'sidebar' | 'details' | 'drawer';
export const PANELS: readonly PanelId[] = ['sidebar', 'details', 'drawer'];

interface Spec {
	axis: 'x' | 'y';
	/** Default size: this many pixels, but no more than `share` of the window. */
	size: number;
	share: number;
	min: number;
	/** Largest size as a fraction of the window. */
	max: number;
}

export const SPECS: Record<PanelId, Spec> = {
	sidebar: { axis: 'x', size: 288, share: 0.22, min: 200, max: 0.25 },
	details: { axis: 'x', size: 352, share: 0.25, min: 240, max: 0.25 },
	drawer: { axis: 'y', size: 240, share: 0.22, min: 96, max: 0.5 }
};

/** Below this width (px) panels become sheets… */
export const COMPACT_BELOW = 900;
/** …and below this height: a phone held sideways has no room for a drawer under the graph. */
export const COMPACT_BELOW_HEIGHT = 500;
const STORAGE_KEY = 'panels';

interface Stored {
	open: Record<PanelId, boolean>;
	size: Record<PanelId, number | null>;
}

function readLayout(): Stored | null {
	try {
		const value: unknown = JSON.parse(readStored(STORAGE_KEY) ?? 'null');
		if (!value || typeof value !== 'object') return null;
		const { open, size } = value as Partial<Stored>;
		const ok = PANELS.every(
			(id) =>
				typeof open?.[id] === 'boolean' &&
				(size?.[id] === null || Number.isFinite(size?.[id] as number))
		);
		return ok ? (value as Stored) : null;
	} catch {
		return null;
	}
}

export class PanelLayout {
	open = $state<Record<PanelId, boolean>>({ sidebar: true, details: true, drawer: true });
	/** The reader's size per panel in px, or null for the default. */
	size = $state<Record<PanelId, number | null>>({ sidebar: null, details: null, drawer: null });
	/** On narrow screens: the one panel shown as a sheet, if any. */
	sheet = $state<PanelId | null>(null);
	width = $state(1280);
	height = $state(800);
	compact: boolean = $derived(this.width < COMPACT_BELOW || this.height < COMPACT_BELOW_HEIGHT);

	isOpen(id: PanelId): boolean {
		return this.compact ? this.sheet === id : this.open[id];
	}

	/** Smallest and largest size of a panel in this window. */
	bounds(id: PanelId): { min: number; max: number } {
		const spec = SPECS[id];
		const extent = spec.axis === 'x' ? this.width : this.height;
		const max = Math.max(spec.min, Math.round(extent * spec.max));
		return { min: spec.min, max };
	}

	/** The size a panel is drawn at now. */
	sizeOf(id: PanelId): number {
		const spec = SPECS[id];
		const extent = spec.axis === 'x' ? this.width : this.height;
		const wanted = this.size[id] ?? Math.min(spec.size, Math.round(extent * spec.share));
		const { min, max } = this.bounds(id);
		return Math.min(max, Math.max(min, wanted));
	}

	resize(id: PanelId, px: number): void {
		const { min, max } = this.bounds(id);
		this.size[id] = Math.round(Math.min(max, Math.max(min, px)));
		this.#save();
	}

	/** Back to the default size. */
	reset(id: PanelId): void {
		this.size[id] = null;
		this.#save();
	}

	show(id: PanelId): void {
		if (this.compact) this.sheet = id;
		else this.open[id] = true;
		this.#save();
	}

	hide(id: PanelId): void {
		if (this.compact) {
			if (this.sheet === id) this.sheet = null;
		} else this.open[id] = false;
		this.#save();
	}

	toggle(id: PanelId): void {
		if (this.isOpen(id)) this.hide(id);
		else this.show(id);
	}

	/** Follows the window size and restores what was remembered; returns the detach function. */
	start(window: Window): () => void {
		const stored = readLayout();
		if (stored) {
			this.open = stored.open;
			this.size = stored.size;
		}
		const measure = () => {
			this.width = window.innerWidth;
			this.height = window.innerHeight;
		};
		measure();
		window.addEventListener('resize', measure);
		return () => window.removeEventListener('resize', measure);
	}

	#save(): void {
		// Sheets on a phone are momentary; only the wide layout is worth remembering.
		writeStored(STORAGE_KEY, JSON.stringify({ open: this.open, size: this.size }));
	}
}
