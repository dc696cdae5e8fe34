/** How a one-house file looks, beside the import: the columns, the answers, and a file to start from. */
export function HouseFormatHelp({ houseId }: { houseId: string }) {
  const link = 'font-medium text-brand underline underline-offset-2';
  return (
    <aside className="h-fit space-y-3 rounded-xl border border-black/10 bg-white p-4 text-sm" aria-labelledby="formaat-titel">
      <h2 id="formaat-titel" className="font-semibold">
        Zo ziet het bestand eruit
      </h2>
      <p>
        Begin het liefst van de huidige kaart:{' '}
        <a className={link} href={`/api/huizen/${houseId}/kaart.xlsx`} download>
          Excel
        </a>{' '}
        of{' '}
        <a className={link} href={`/api/huizen/${houseId}/kaart.csv`} download>
          CSV
        </a>
        . Vul aan en lees ze terug in.
      </p>
      <dl className="space-y-2">
        <div>
          <dt className="font-medium">Soort actor</dt>
          <dd className="text-muted">Zoals in de vragenlijst of het rapport: ‘CLB’, ‘Scholen’, ‘OCMW’ … Een eigen actortype: ‘Andere: Tienerwerking’.</dd>
        </div>
        <div>
          <dt className="font-medium">Actor</dt>
          <dd className="text-muted">De naam van de organisatie. Leeg of gelijk aan de soort: het antwoord voor de soort zelf.</dd>
        </div>
        <div>
          <dt className="font-medium">Betrokkenheid</dt>
          <dd className="text-muted">
            Kernpartner, Gemiddeld, Minimaal, Indirect, Nog niet, Niet, Niet aanwezig in werkgebied; ook kort: kern, gem, min, ind, nn, niet aanw.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Niet verplicht</dt>
          <dd className="text-muted">
            Domeincluster (voor een eigen type), Via overleg, Notitie, Gewenst (een betrokkenheid), Trekker, Volgende stap, Streefdatum (dd-mm-jjjj).
          </dd>
        </div>
        <div>
          <dt className="font-medium">Samenwerking</dt>
          <dd className="text-muted">
            Een apart bestand met de kolommen Van, Naar, Soort (doorverwijzing, afstemming, co-creatie, informatie-uitwisseling), Notitie en Sinds (een jaartal)
            leest de samenwerking tussen de organisaties van het huis in:{' '}
            <a className={link} href={`/api/huizen/${houseId}/samenwerking.csv`} download>
              huidige samenwerking (CSV)
            </a>
            .
          </dd>
        </div>
      </dl>
      <p className="text-muted">
        CSV zoals Excel het bewaart (‘CSV UTF-8’, gewone ‘CSV’ of ‘Unicode-tekst’), met ; , of een tab als scheidingsteken. Een tweede keer hetzelfde bestand
        inlezen verandert niets; er wordt nooit iets verwijderd.
      </p>
    </aside>
  );
}
