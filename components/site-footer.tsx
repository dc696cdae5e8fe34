import { Suspense } from 'react';
import { countHouses } from '@/lib/use-cases/houses';

/** The survey the catalogue and the figures come from, and how many houses it counted (report, summary). */
const SOURCE = <>Cijfers en actoren uit &lsquo;De Huizen van het Kind in cijfers en ervaringen&rsquo; (bevraging 2016, 116 huizen).</>;

/**
 * The footer: how many houses Netwerkkaart holds now (read live, so it moves with every import
 * or new house), beside the 2016 survey's own count.
 */
export function SiteFooter() {
  return (
    <footer className="mx-auto w-full max-w-6xl px-4 pb-8 text-sm text-muted sm:px-6">
      <Suspense fallback={null}>
        <HouseCount />
      </Suspense>
      {SOURCE}
    </footer>
  );
}

async function HouseCount() {
  let count: number;
  try {
    count = await countHouses();
  } catch {
    // Database unreachable: the page itself says so.
    return null;
  }
  return (
    <span data-testid="house-count">
      Netwerkkaart telt nu {count.toLocaleString('nl-BE')} {count === 1 ? 'huis' : 'huizen'}.{' '}
    </span>
  );
}
