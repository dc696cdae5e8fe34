import type { ImportPreview } from './preview';

/** Progress of a preview or an import, streamed to the browser as it goes. Client-safe. */
export type ImportPhase = 'lezen' | 'controleren' | 'schrijven';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export type ProgressListener = (progress: ImportProgress) => void;

export const PHASE_LABELS: Record<ImportPhase, string> = {
  lezen: 'Bestand lezen',
  controleren: 'Rijen controleren',
  schrijven: 'Wegschrijven',
};

/** One line of the streamed answer (newline-delimited JSON). */
export type ImportEvent<T> =
  { type: 'progress'; progress: ImportProgress } | { type: 'done'; result: T } | { type: 'error'; message: string; status: number; preview?: ImportPreview };
