import type { ImportCounts, ImportPreview } from './preview';

/** What an import wrote (or, for a preview, would write). Client-safe. */
export interface ImportOutcome {
  preview: ImportPreview;
  /** True once written; false for a preview or a refused import. */
  written: boolean;
  /** Changes written (audit records besides the import's own). */
  changes: number;
  counts: ImportCounts;
  /** Milliseconds from upload to commit. */
  elapsedMs: number;
}
