/**
 * How big an import may be. 5 MB holds a house's list many times over and the 2016 survey's
 * 116 houses × 54 types easily; 20,000 rows is far beyond any house (the survey averages 25
 * direct actors) and keeps one transaction comfortable. Anything above is refused, not cut.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** Longest text a cell may hold (notes are the longest field, 500 characters). */
export const MAX_CELL_LENGTH = 1_000;
/**
 * An .xlsx is a zip: what it unpacks to is checked before it is opened. 50 MB of sheet XML is
 * ten times the largest file we accept and far more than 20,000 rows need; a part that unpacks
 * to more than 200 times its packed size (plain text packs to about a tenth) is a zip bomb.
 */
export const MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024;
export const MAX_XLSX_RATIO = 200;
export const MAX_XLSX_PARTS = 2_000;
