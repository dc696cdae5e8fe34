export function EmptyHouses() {
  return (
    <section className="rounded-xl border border-dashed border-brand/40 bg-white p-6 text-center sm:p-10">
      <h2 className="text-lg font-semibold">Nog geen Huizen van het Kind in de databank</h2>
      <p className="mx-auto mt-2 max-w-prose text-muted">
        Zodra een huis zijn samenwerkingsverband in kaart brengt, verschijnt het hier. Wilt u eerst rondkijken? Laad dan de demogegevens: 116 fictieve huizen
        die de bevraging van 2016 nabootsen.
      </p>
      <p className="mt-4 text-sm">
        <code className="rounded bg-paper px-2 py-1">npm run seed:demo</code>
      </p>
      <p className="mt-4 text-sm text-muted">
        Ondertussen kunt u de{' '}
        <a className="text-brand underline" href="/catalogus">
          catalogus van de 52 actoren
        </a>{' '}
        bekijken.
      </p>
    </section>
  );
}
