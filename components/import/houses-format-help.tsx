/** How a many-houses file looks, beside the import, with the current answers to start from. */
export function HousesFormatHelp() {
  const link = 'font-medium text-brand underline underline-offset-2';
  return (
    <aside className="h-fit space-y-3 rounded-xl border border-black/10 bg-white p-4 text-sm" aria-labelledby="formaat-titel">
      <h2 id="formaat-titel" className="font-semibold">
        Zo ziet het bestand eruit
      </h2>
      <p>
        Een rij per huis, een kolom per actortype, de antwoorden in de cellen, zoals de gegevens van de bevraging van 2016. Begin van de huidige antwoorden:{' '}
        <a className={link} href="/api/antwoorden?formaat=xlsx" download>
          Excel
        </a>{' '}
        of{' '}
        <a className={link} href="/api/antwoorden?formaat=csv" download>
          CSV
        </a>
        .
      </p>
      <dl className="space-y-2">
        <div>
          <dt className="font-medium">Code of Huis van het Kind</dt>
          <dd className="text-muted">Welk huis: de code, of anders de naam.</dd>
        </div>
        <div>
          <dt className="font-medium">Nieuw huis</dt>
          <dd className="text-muted">Een onbekende code wordt een nieuw huis als de rij ook Gemeenten, Provincie en Verstedelijkingsgraad geeft.</dd>
        </div>
        <div>
          <dt className="font-medium">Een kolom per actortype</dt>
          <dd className="text-muted">De naam uit de vragenlijst of de tabel, of de afkorting uit het rapport (CLB, CAW, CGG, OCMW …).</dd>
        </div>
        <div>
          <dt className="font-medium">De cellen</dt>
          <dd className="text-muted">
            Kernpartner, Gemiddeld, Minimaal, Indirect, Nog niet, Niet, Niet aanwezig in werkgebied (ook kern, gem, min, ind, nn, niet aanw.). Een lege cel
            verandert niets.
          </dd>
        </div>
      </dl>
      <p className="text-muted">Antwoorden die volgen uit de organisaties die een huis benoemt, blijven zoals ze zijn. Er wordt nooit iets verwijderd.</p>
    </aside>
  );
}
