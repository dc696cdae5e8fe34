import { ValidationError } from '../errors';

/** A file that cannot be imported at all (size, encoding, format); the message says why in Dutch. */
export class ImportFileError extends ValidationError {
  constructor(message: string) {
    super({ bestand: [message] }, message);
  }
}

export const SAVE_AS_CSV_UTF8 =
  'Open het in Excel en kies Bestand › Opslaan als › ‘CSV UTF-8 (door lijstscheidingsteken gescheiden)’, of bewaar het als Excel-werkmap (.xlsx).';
