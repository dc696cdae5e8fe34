import Link from 'next/link';

/** What an anonymous visitor sees where the houses would be. */
export function LoginInvitation({ houseCount }: { houseCount: number }) {
  return (
    <section
      aria-labelledby="aanmelden-uitnodiging"
      className="grid gap-4 rounded-2xl border border-black/10 bg-white p-5 shadow-sm sm:p-7 md:grid-cols-[1fr_auto] md:items-center"
    >
      <div>
        <h2 id="aanmelden-uitnodiging" className="text-xl font-semibold">
          Meld u aan om uw huis te zien
        </h2>
        <p className="mt-2 max-w-prose text-muted">
          Coördinatoren zien en bewerken de netwerkkaart van hun eigen huis. Kind en Gezin bekijkt alle huizen en het overzicht; een facilitator van EXPOO werkt
          met de huizen die hem uitnodigden.
        </p>
        {houseCount > 0 ? (
          <p className="mt-2 text-sm text-muted">
            {houseCount === 1 ? 'Eén huis brengt' : `${houseCount} huizen brengen`} hier hun samenwerkingsverband in kaart.
          </p>
        ) : null}
      </div>
      <Link href="/aanmelden" className="inline-flex justify-center rounded-lg bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand/90">
        Aanmelden
      </Link>
    </section>
  );
}
