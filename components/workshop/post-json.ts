import type { DerivedAnswerChange } from '@/lib/domain/derived-answer';

/** POSTs JSON to a workshop route; returns the Dutch message on failure. Client-side. */
export async function postJson(
  url: string,
  body: unknown,
): Promise<
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; status: number; message: string; fieldErrors?: Record<string, string[]>; lowering?: DerivedAnswerChange[] }
> {
  try {
    const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (response.ok) return { ok: true, data };
    return {
      ok: false,
      status: response.status,
      message: (data.message as string) ?? 'Dat lukte niet. Probeer het opnieuw.',
      fieldErrors: data.fieldErrors as Record<string, string[]> | undefined,
      lowering: data.lowering as DerivedAnswerChange[] | undefined,
    };
  } catch {
    return { ok: false, status: 0, message: 'Geen verbinding. Controleer het netwerk en probeer opnieuw.' };
  }
}
