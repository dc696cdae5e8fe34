import { ValidationError } from '../errors';
import type { ImportPreview } from './preview';

/** An import with errors in it: nothing is written; the preview says what to fix. */
export class ImportRefusedError extends ValidationError {
  constructor(
    readonly preview: ImportPreview,
    /** Another reason than errors in the file (a lowering the user did not choose). */
    reason?: string,
  ) {
    super(
      reason ? { verlagen: [reason] } : { bestand: [`${preview.errorCount} ${preview.errorCount === 1 ? 'fout' : 'fouten'} in het bestand`] },
      reason ??
        `Er werd niets geïmporteerd: het bestand bevat ${preview.errorCount} ${preview.errorCount === 1 ? 'fout' : 'fouten'}. Verbeter ze en probeer opnieuw.`,
    );
  }
}
