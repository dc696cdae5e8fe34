const TEXT = {
  verlopen: {
    title: 'Deze deellink is verlopen',
    body: 'De geldigheid van deze link is voorbij. Vraag de coördinator van het Huis van het Kind om een nieuwe link.',
  },
  ingetrokken: {
    title: 'Deze deellink werd ingetrokken',
    body: 'De coördinator van het Huis van het Kind heeft deze link ingetrokken. Vraag gerust om een nieuwe link.',
  },
  onbekend: {
    title: 'Deze deellink bestaat niet',
    body: 'Controleer of u de volledige link hebt overgenomen. Een link die ooit bestond maar verwijderd werd, opent ook niet meer.',
  },
  'te-veel': {
    title: 'Te veel pogingen',
    body: 'Vanaf dit adres werden in korte tijd te veel onbekende deellinks geopend. Wacht een minuut en probeer dan opnieuw.',
  },
} as const;

/** Why a deellink does not open, in Dutch. */
export function SharedRefusal({ reason }: { reason: keyof typeof TEXT }) {
  const text = TEXT[reason];
  return (
    <div data-bare-page className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="shared-refusal" data-reason={reason}>
      <h1 className="text-2xl font-semibold">{text.title}</h1>
      <p className="mt-3 text-muted">{text.body}</p>
    </div>
  );
}
