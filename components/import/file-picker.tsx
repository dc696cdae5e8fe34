'use client';

import { useId, type Ref } from 'react';

/** A file field with Dutch words (the browser's own button speaks the browser's language). */
export function FilePicker({
  label,
  accept,
  file,
  disabled,
  onChange,
  inputRef,
}: {
  label: string;
  accept: string;
  file: File | null;
  disabled: boolean;
  onChange: (file: File | null) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const id = useId();
  return (
    <div className="min-w-0 flex-1 text-sm">
      <span id={`${id}-label`} className="mb-1 block font-medium">
        {label}
      </span>
      <label
        className={`inline-flex max-w-full cursor-pointer items-center gap-3 rounded-lg has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand ${disabled ? 'pointer-events-none opacity-60' : ''}`}
      >
        <span className="shrink-0 rounded-lg bg-brand-soft px-3 py-2 font-medium text-brand">Bestand kiezen</span>
        <span className="truncate text-muted" data-testid="file-name">
          {file ? file.name : 'Nog geen bestand gekozen'}
        </span>
        <input
          ref={inputRef}
          type="file"
          name="bestand"
          accept={accept}
          disabled={disabled}
          aria-labelledby={`${id}-label`}
          className="sr-only"
          onChange={(e) => onChange(e.target.files?.[0] ?? null)}
        />
      </label>
    </div>
  );
}
