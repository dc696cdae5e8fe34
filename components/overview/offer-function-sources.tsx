import type { OfferFunction } from '@/lib/domain/overview/minimum-offer';

/** Which actor types count for which function, each with the report line that says so. */
export function OfferFunctionSources({ functions }: { functions: OfferFunction[] }) {
  return (
    <section aria-labelledby="welke-actoren" className="rounded-xl border border-black/10 bg-white p-4 sm:p-5">
      <h2 id="welke-actoren" className="font-semibold">
        Welke actoren tellen voor welke functie
      </h2>
      <p className="mt-1 text-sm text-muted">
        Decreet van 29 november 2013, Art. 8 (rapport r. 4994-4998): ‘Minimaal gaat het om aanbod op het vlak van preventieve gezondheidszorg en
        opvoedingsondersteuning, alsook om activiteiten die tot doel hebben om ontmoeting en de sociale cohesie te bevorderen.’ Een functie is gedekt als
        minstens één van deze actoren minimaal, gemiddeld of als kernpartner betrokken is.
      </p>
      <div className="mt-3 grid gap-3 lg:grid-cols-3">
        {functions.map((fn) => (
          <details key={fn.code} className="rounded-lg border border-black/10 p-3 text-sm" open>
            <summary className="cursor-pointer font-medium">
              {fn.name}{' '}
              <span className="font-normal text-muted">
                ({fn.types.length} actoren, rapport {fn.section})
              </span>
            </summary>
            <ul className="mt-2 space-y-1">
              {fn.types.map((t) => (
                <li key={t.code} title={`‘${t.quote}’${t.note ? ` (${t.note})` : ''}`}>
                  {t.name}{' '}
                  <span className="text-xs text-muted">
                    r. {t.line}
                    {t.basis === 'interpretation' ? <span className="ml-1 rounded bg-amber-100 px-1 text-amber-900">eigen lezing</span> : null}
                  </span>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </div>
    </section>
  );
}
