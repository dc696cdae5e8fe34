import type { Metadata } from 'next';
import { AreaInProgress } from '@/components/area-in-progress';

export const metadata: Metadata = { title: 'Overzicht Kind en Gezin' };

export default function OverviewPage() {
  return (
    <AreaInProgress
      title="Overzicht Kind en Gezin"
      intro="Alle huizen naast elkaar, met de partners die verplicht moeten aansluiten."
      whatComes={[
        'Een tabel van alle huizen met hun direct betrokken actoren, kernpartners en ‘nog niet’.',
        'De matrix van de verplicht aan te sluiten partners per huis, met de hiaten gemarkeerd.',
        'De toets van het minimumaanbod (decreet Art. 8) en een vergelijking met vergelijkbare huizen.',
      ]}
    />
  );
}
