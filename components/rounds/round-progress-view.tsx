import { formatDateTime } from '@/lib/domain/format-date';
import { submittedText, type RoundProgress } from '@/lib/domain/rounds/round-progress';
import { scrollable } from '@/components/scrollable';

const fmt = (value: number | null) => (value === null ? '–' : `${value.toLocaleString('nl-BE', { maximumFractionDigits: 1 })}%`);

/** Submitted of N, a bar per province, and the houses still to submit with their coordinators' addresses. */
export function RoundProgressView({ progress, csvHref }: { progress: RoundProgress; csvHref: string }) {
  return (
    <div className="min-w-0 space-y-5">
      <section aria-labelledby="voortgang-titel" className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
        <h3 id="voortgang-titel" className="font-semibold">
          Voortgang
        </h3>
        <p className="mt-1 text-2xl font-semibold" role="status" data-testid="round-progress-total">
          {submittedText(progress.submitted, progress.total)} <span className="text-base font-normal text-muted">({fmt(progress.percent)})</span>
        </p>
        <div className="mt-2 h-3 overflow-hidden rounded-full bg-black/10" aria-hidden="true">
          <div className="h-full rounded-full bg-brand" style={{ width: `${progress.percent ?? 0}%` }} />
        </div>
        <table className="mt-4 w-full text-sm">
          <caption className="sr-only">Ingediend per provincie</caption>
          <thead>
            <tr className="border-b border-black/10 text-left text-xs text-muted">
              <th scope="col" className="py-1 font-medium">
                Provincie
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Ingediend
              </th>
              <th scope="col" className="hidden py-1 pl-4 font-medium sm:table-cell">
                <span className="sr-only">Aandeel</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.byProvince.map((p) => (
              <tr key={p.province} className="border-b border-black/5" data-province={p.province}>
                <th scope="row" className="py-1.5 text-left font-normal">
                  {p.province}
                </th>
                <td className="py-1.5 text-right tabular-nums">
                  {p.submitted} van {p.total}
                </td>
                <td className="hidden w-1/2 py-1.5 pl-4 sm:table-cell">
                  <div className="h-2 overflow-hidden rounded-full bg-black/10" aria-hidden="true">
                    <div className="h-full bg-brand" style={{ width: `${p.percent ?? 0}%` }} />
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="wachtend-titel" className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-baseline sm:justify-between">
          <h3 id="wachtend-titel" className="font-semibold">
            Nog niet ingediend ({progress.waiting.length})
          </h3>
          {progress.waiting.length ? (
            <a href={csvHref} download className="text-sm font-medium text-brand underline underline-offset-2">
              Lijst downloaden (CSV) voor een herinnering
            </a>
          ) : null}
        </div>
        {progress.waiting.length === 0 ? (
          <p className="mt-2 text-sm">Elk huis diende in.</p>
        ) : (
          <div className="relative mt-3 max-h-[28rem] overflow-auto" {...scrollable('Huizen die nog niet indienden')}>
            <table className="w-full text-sm">
              <caption className="sr-only">Huizen die nog niet indienden, met het e-mailadres van hun coördinator</caption>
              <thead className="sticky top-0 bg-white">
                <tr className="border-b border-black/10 text-left text-xs text-muted">
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Huis van het Kind
                  </th>
                  <th scope="col" className="hidden py-1 pr-3 font-medium sm:table-cell">
                    Provincie
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    E-mail coördinator
                  </th>
                </tr>
              </thead>
              <tbody>
                {progress.waiting.map((h) => (
                  <tr key={h.houseId} className="border-b border-black/5" data-waiting-house={h.houseId}>
                    <td className="py-1.5 pr-3">{h.name}</td>
                    <td className="hidden py-1.5 pr-3 text-muted sm:table-cell">{h.province}</td>
                    <td className="break-all py-1.5 sm:break-normal">
                      {h.coordinators.length ? (
                        h.coordinators.map((email) => (
                          <a key={email} href={`mailto:${email}`} className="mr-2 text-brand underline underline-offset-2">
                            {email}
                          </a>
                        ))
                      ) : (
                        <span className="text-muted">geen coördinator</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {progress.done.length ? (
        <details className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
          <summary className="cursor-pointer font-semibold">Ingediend ({progress.done.length})</summary>
          <ul className="mt-2 grid gap-x-6 text-sm sm:grid-cols-2">
            {progress.done.map((h) => (
              <li key={h.houseId} className="flex justify-between gap-3 border-b border-black/5 py-1">
                <span>{h.name}</span>
                <span className="shrink-0 text-muted">{formatDateTime(h.submittedAt)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
