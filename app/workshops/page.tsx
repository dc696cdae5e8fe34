import type { Metadata } from 'next';
import { AreaInProgress } from '@/components/area-in-progress';

export const metadata: Metadata = { title: 'Workshops' };

export default function WorkshopsPage() {
  return (
    <AreaInProgress
      title="Workshops"
      intro="Samen met de partners de netwerkkaart van een huis opbouwen, live op het scherm."
      whatComes={[
        'Een workshop openen met een korte code en QR-code voor de deelnemers.',
        'Een projectorbeeld dat live meegroeit, en voorstellen van deelnemers op hun gsm.',
        'Een actielijst en een verslag om mee naar huis te nemen.',
      ]}
    />
  );
}
