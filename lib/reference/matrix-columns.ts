import { matrixColumnsOf, type MatrixColumn } from '../domain/overview/matrix-columns';
import { readCatalogueFile } from './catalogue-file';

let cached: MatrixColumn[] | undefined;

/** The columns of the mandatory-partner matrix, from the catalogue file (computed once). */
export function matrixColumns(): MatrixColumn[] {
  cached ??= matrixColumnsOf(readCatalogueFile().actorTypes);
  return cached;
}
