import { NOW_SOURCE, REPORT_SOURCE, type FigureSource } from '@/lib/domain/survey/figure-source';

/** Which two sources the tables show, and whether each row gets its change in percentage points. */
export interface TableSources {
  shown: FigureSource;
  compared: FigureSource;
  /** Any comparison but the first page's (now next to 2016) shows the change line. */
  showChange: boolean;
}

export const DEFAULT_TABLE_SOURCES: TableSources = { shown: NOW_SOURCE, compared: REPORT_SOURCE, showChange: false };

export function tableSources(shown: FigureSource, compared: FigureSource): TableSources {
  // Two rounds of the same year would both read "2027": then their names tell them apart.
  const same = shown.short === compared.short && shown.id !== compared.id;
  return {
    shown: same ? { ...shown, short: shown.label.slice(0, 16) } : shown,
    compared: same ? { ...compared, short: compared.label.slice(0, 16) } : compared,
    showChange: !(shown.id === NOW_SOURCE.id && compared.id === REPORT_SOURCE.id),
  };
}
