import type { Metadata } from 'next';
import { JoinForm } from '@/components/workshop/join-form';
import { normaliseCode } from '@/lib/domain/workshop/code';

export const metadata: Metadata = { title: 'Deelnemen aan een workshop' };

/** Participants join here with the code on the projector (the QR code fills it in). */
export default async function JoinPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { code } = await searchParams;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">Doe mee aan de workshop</h1>
      <p className="mb-5 mt-2 text-muted">Samen bouwen we de netwerkkaart van het Huis van het Kind. Vul de code van het scherm in en uw naam.</p>
      <JoinForm code={normaliseCode(typeof code === 'string' ? code : null) ?? undefined} />
    </div>
  );
}
