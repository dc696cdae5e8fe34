import type { Metadata } from 'next';
import { AreaInProgress } from '@/components/area-in-progress';

export const metadata: Metadata = { title: 'Cijfers 2016' };

export default function FiguresPage() {
  return (
    <AreaInProgress
      title="Cijfers 2016"
      intro="De tabellen van de bevraging van 2016, berekend uit de databank en naast de cijfers van het rapport."
      whatComes={[
        'Tabel 14 tot 25: per actor hoeveel huizen elk antwoord gaven.',
        'Tabel 26 en 27: het aantal direct betrokken actoren en kernpartners per huis, als staafdiagram.',
        'Filters per provincie, verstedelijkingsgraad en intergemeentelijke huizen, en CSV-downloads.',
      ]}
    />
  );
}
