import Link from 'next/link';

const STEPS = [
  {
    title: 'Vul de vragenlijst in',
    text: 'Geef per soort actor aan hoe sterk die betrokken is, zoals in de bevraging van 2016 (vraag 4). Organisaties kunt u bij naam noemen.',
    link: 'Naar de vragenlijst',
    path: '/vragenlijst',
  },
  {
    title: 'Importeer een lijst',
    text: 'Hebt u uw partners al in Excel? Lees de lijst in, een rij per actor met zijn betrokkenheid. U ziet eerst wat er zou veranderen.',
    link: 'Lijst importeren',
    path: '/importeren',
  },
  {
    title: 'Bouw de kaart in een workshop',
    text: 'Teken de kaart samen met uw partners op een groot scherm, begeleid door EXPOO. Deelnemers doen mee met hun gsm, zonder account.',
    link: 'Naar de workshops',
    path: null,
  },
] as const;

/**
 * "Aan de slag": shown on the map of a house that has not answered anything yet, so that a new
 * house sees how to begin rather than only the red triangles of the missing mandatory partners.
 * Who may only read the house (Kind en Gezin, the beheerder) gets one sentence instead.
 */
export function FirstStepsPanel({ houseId, missing, canEdit }: { houseId: string; missing: number; canEdit: boolean }) {
  if (!canEdit) {
    return (
      <p className="mb-5 rounded-xl border border-black/10 bg-white p-4 text-sm" data-testid="first-steps-readonly">
        Dit huis heeft nog niets ingevuld: geen antwoorden, organisaties of overleg. De {missing} rode driehoeken op de kaart zijn de partners die verplicht
        aansluiten en nog ontbreken.
      </p>
    );
  }
  return (
    <section aria-labelledby="aan-de-slag" className="mb-6 rounded-2xl border border-brand/30 bg-brand-soft/50 p-4 sm:p-6" data-testid="first-steps">
      <h2 id="aan-de-slag" className="text-xl font-semibold">
        Aan de slag
      </h2>
      <p className="mt-1 max-w-3xl text-sm">
        De kaart van dit huis is nog leeg. De {missing} rode driehoeken zijn partners die verplicht aansluiten en nog ontbreken; ze maken plaats voor de echte
        partners zodra u die invult. Begin op een van deze drie manieren:
      </p>
      <ol className="mt-4 grid gap-3 md:grid-cols-3">
        {STEPS.map((step, i) => (
          <li key={step.title} className="flex flex-col rounded-xl border border-black/10 bg-white p-4">
            <h3 className="font-semibold">
              <span className="mr-1.5 text-brand" aria-hidden="true">
                {i + 1}.
              </span>
              {step.title}
            </h3>
            <p className="mt-1 flex-1 text-sm text-muted">{step.text}</p>
            <Link
              href={step.path ? `/huizen/${houseId}${step.path}` : '/workshops'}
              className="mt-3 self-start rounded-lg bg-brand px-3 py-2 text-sm font-semibold text-white hover:bg-brand/90"
            >
              {step.link}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
