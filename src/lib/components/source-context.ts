// Context key: whether sources may be named by the default dataset's seed titles (SourceList).
export const SEED_TITLES = Symbol('seed-titles');
