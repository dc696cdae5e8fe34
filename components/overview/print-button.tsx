'use client';

/** Opens the browser's print dialog (the page is laid out for A4 landscape). */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand px-4 py-2 text-sm font-semibold text-white hover:bg-brand/90 print:hidden"
    >
      Afdrukken of bewaren als pdf
    </button>
  );
}
