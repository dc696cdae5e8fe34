/** CSV and XLSX of one overview table, for the current selection. */
export function OverviewDownloads({ table, query, label }: { table: 'huizen' | 'verplichte-partners'; query: string; label: string }) {
  const href = (format: 'csv' | 'xlsx') => `/api/overzicht/${table}?${[query, `formaat=${format}`].filter(Boolean).join('&')}`;
  return (
    <p className="print:hidden flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="text-muted">{label}:</span>
      <a className="font-medium text-brand underline underline-offset-2" href={href('xlsx')} download>
        Download Excel (XLSX)
      </a>
      <a className="font-medium text-brand underline underline-offset-2" href={href('csv')} download>
        Download CSV
      </a>
    </p>
  );
}

/** Every house's answers per actor type (the many-houses file, which the beheerder can import back). */
export function AnswersDownload() {
  return (
    <p className="print:hidden flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      <span className="text-muted">Alle antwoorden, een rij per huis en een kolom per actortype:</span>
      <a className="font-medium text-brand underline underline-offset-2" href="/api/antwoorden?formaat=xlsx" download>
        Download Excel (XLSX)
      </a>
      <a className="font-medium text-brand underline underline-offset-2" href="/api/antwoorden?formaat=csv" download>
        Download CSV
      </a>
    </p>
  );
}
