export function DatabaseErrorPanel() {
  return (
    <section role="alert" className="rounded-xl border border-red-200 bg-red-50 p-5 text-red-950 sm:p-6">
      <h2 className="text-lg font-semibold">De databank is niet bereikbaar</h2>
      <p className="mt-2 max-w-prose">
        Netwerkkaart kan op dit moment geen verbinding maken met de Neo4j-databank. Uw gegevens zijn niet verloren: zodra de databank weer draait, verschijnen
        ze hier opnieuw.
      </p>
      <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
        <li>
          Werkt u lokaal met <code className="rounded bg-white px-1">npm start</code>? Dat start de databank vanzelf opnieuw: herlaad deze pagina over een
          minuut. Blijft dit staan, stop dan <code className="rounded bg-white px-1">npm start</code> (Ctrl-C) en start het opnieuw.
        </li>
        <li>
          Gebruikt u een eigen server? Controleer <code className="rounded bg-white px-1">NEO4J_URI</code> en het wachtwoord.
        </li>
        <li>
          De technische toestand staat op{' '}
          <a className="underline" href="/api/health">
            /api/health
          </a>
          .
        </li>
      </ul>
    </section>
  );
}
