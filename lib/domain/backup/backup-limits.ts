/**
 * How big a JSON backup may be, and what it may hold. The demo's 116 houses with their history
 * take about 5 MB and 2,100 nodes; the bounds leave room for years of audit trail while keeping
 * a crafted file from making the server parse or write without end. No imports: the app's own
 * HTTP server (scripts/serve.mjs) reads the file size limit too.
 */
export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
export const MAX_BACKUP_NODES = 1_000_000;
export const MAX_BACKUP_RELATIONSHIPS = 2_000_000;
/** Longest text value: a snapshot keeps a whole map as JSON text. */
export const MAX_BACKUP_STRING = 2_000_000;
/** Longest list value: a house's municipalities, a type's counts per level. */
export const MAX_BACKUP_LIST = 1_000;
/** Properties per node or relationship. */
export const MAX_BACKUP_PROPERTIES = 60;
