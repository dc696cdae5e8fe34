/** The Dutch messages of a refused selection; the page then shows all houses. */
export function FilterErrors({ errors, note = 'Hieronder staan alle huizen.' }: { errors: string[]; note?: string }) {
  if (errors.length === 0) return null;
  return (
    <p role="alert" className="mt-3 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {errors.join(' ')} {note}
    </p>
  );
}
