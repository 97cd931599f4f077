// The delimiters the importer detects and offers, in order of preference. A module of its own so
// that the page can list them without loading the parser.
export const DELIMITERS = [',', ';', '\t', '|'] as const;
