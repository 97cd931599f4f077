// The font of node labels and of export captions. Its own module so that the PNG worker, which
// must not load sigma, can draw captions in it.
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
