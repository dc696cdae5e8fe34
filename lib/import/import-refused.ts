import { ValidationError } from '../errors';
import type { ImportPreview } from './preview';

/** An import with errors in it: nothing is written; the preview says what to fix. */
export class ImportRefusedError extends ValidationError {
  constructor(readonly preview: ImportPreview) {
    super(
      { bestand: [`${preview.errorCount} ${preview.errorCount === 1 ? 'fout' : 'fouten'} in het bestand`] },
      `Er werd niets geïmporteerd: het bestand bevat ${preview.errorCount} ${preview.errorCount === 1 ? 'fout' : 'fouten'}. Verbeter ${preview.errorCount === 1 ? 'ze' : 'ze'} en probeer opnieuw.`,
    );
  }
}
