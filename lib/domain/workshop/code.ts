/**
 * Join codes: six characters from an alphabet without the look-alikes 0/O and 1/I, so a code
 * read from a projector at the back of a room is typed right. 32^6 ≈ 1.07 × 10^9 codes; with
 * join attempts limited per address (lib/use-cases/workshops/join.ts) guessing one is hopeless.
 */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 6;
export const CODE_PATTERN = /^[A-HJ-NP-Z2-9]{6}$/;

export function generateCode(): string {
  // 256 is a multiple of 32, so `byte % 32` picks every character equally often.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
  return Array.from(bytes, (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
}

/** What a person typed ("abc 123", "ABC-123") as a code to look up; null when it cannot be one. */
export function normaliseCode(input: string | null | undefined): string | null {
  const code = (input ?? '').toUpperCase().replace(/[\s\-.]/g, '');
  return CODE_PATTERN.test(code) ? code : null;
}

/** "ABC234" shown as "ABC 234": easier to read aloud and to copy. */
export function spacedCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`;
}
