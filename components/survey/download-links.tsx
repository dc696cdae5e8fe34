export function DownloadLinks({ tableId, query }: { tableId: string; query: string }) {
  const base = `/api/cijfers/${tableId}`;
  const withQuery = (extra: string) => `${base}?${[query, extra].filter(Boolean).join('&')}`;
  return (
    <p className="mt-3 flex flex-wrap gap-3 text-sm">
      <a className="text-brand underline underline-offset-2" href={withQuery('format=csv')} download>
        Download CSV
      </a>
      <a className="text-brand underline underline-offset-2" href={withQuery('format=xlsx')} download>
        Excel
      </a>
      <a className="text-muted underline underline-offset-2" href={query ? `${base}?${query}` : base}>
        JSON
      </a>
    </p>
  );
}
