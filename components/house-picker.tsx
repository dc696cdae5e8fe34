'use client';

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { matchHouses, type PickableHouse } from '@/lib/domain/house-search';

const SHOWN = 40;

interface Props {
  houses: PickableHouse[];
  /** The name of the hidden field that carries the chosen house's id. */
  name: string;
  label: string;
  /** The id of the text field, for an outside <label htmlFor>; made up when absent. */
  inputId?: string;
  defaultId?: string;
  placeholder?: string;
  /** A hint or error the field refers to (aria-describedby). */
  describedBy?: string;
  invalid?: boolean;
  className?: string;
  /** Hide the label visually (it stays the field's accessible name). */
  labelHidden?: boolean;
  testId?: string;
  /** Called when a house is chosen from the list. */
  onChoose?: (house: PickableHouse) => void;
  /** False: the hidden field is not sent with the form (the choice does not apply now). */
  submit?: boolean;
}

/**
 * A searchable house picker: type part of a name, a municipality, a province or a code, and
 * choose from the list (an ARIA 1.2 combobox with a listbox: arrow keys, Enter, Escape, mouse).
 * The chosen house's id travels in a hidden field named `name`, so a GET form gets an address
 * of its own and a server action receives the id; a typed text that names no house leaves the
 * field empty, and the server says to choose from the list.
 */
export function HousePicker({
  houses,
  name,
  label,
  inputId,
  defaultId,
  placeholder = 'Typ een naam, gemeente of code',
  describedBy,
  invalid,
  className,
  labelHidden,
  testId,
  onChoose,
  submit = true,
}: Props) {
  const generated = useId();
  const id = inputId ?? `huiskiezer-${generated}`;
  const listId = `${id}-lijst`;
  const initial = houses.find((h) => h.id === defaultId) ?? null;
  const [chosen, setChosen] = useState<PickableHouse | null>(initial);
  const [text, setText] = useState(initial?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => matchHouses(houses, chosen && text === chosen.name ? '' : text), [houses, text, chosen]);
  const shown = matches.slice(0, SHOWN);

  function choose(house: PickableHouse) {
    setChosen(house);
    setText(house.name);
    setOpen(false);
    onChoose?.(house);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (shown.length ? (i + step + shown.length) % shown.length : 0));
    } else if (event.key === 'Enter' && open && shown[active]) {
      // Choosing with Enter must not also submit the form.
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  }

  const activeId = open && shown[active] ? `${listId}-${shown[active].id}` : undefined;
  return (
    <div className={`relative ${className ?? ''}`} data-testid={testId}>
      <label htmlFor={id} className={labelHidden ? 'sr-only' : 'block text-sm font-medium'}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeId}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          // An exact name (or code) still counts as a choice; anything else clears it.
          const exact = houses.find((h) => h.name.toLowerCase() === value.trim().toLowerCase() || h.id === value.trim().toLowerCase());
          setChosen(exact ?? null);
          setOpen(true);
          setActive(0);
        }}
        onFocus={(event) => event.currentTarget.select()}
        onClick={() => setOpen(true)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        className="mt-1 block w-full rounded-md border border-black/20 bg-white px-2 py-1.5 text-sm font-normal aria-[invalid]:border-accent"
      />
      <input type="hidden" name={name} value={chosen?.id ?? ''} disabled={!submit} />
      <ul
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open}
        className="absolute left-0 right-0 z-30 mt-1 max-h-72 overflow-y-auto rounded-md border border-black/15 bg-white py-1 text-sm shadow-lg"
      >
        {/* Options only while the list is open: a page with a picker per account stays light. */}
        {open &&
          shown.map((house, index) => (
            <li
              key={house.id}
              id={`${listId}-${house.id}`}
              role="option"
              aria-selected={index === active}
              // mousedown, not click: the field keeps its focus, so the list does not close first.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(house);
              }}
              onMouseMove={() => setActive(index)}
              className={`cursor-pointer px-3 py-1.5 ${index === active ? 'bg-brand-soft text-ink' : ''}`}
            >
              <span className="block font-medium">{house.name}</span>
              {house.detail ? <span className="block text-xs text-muted">{house.detail}</span> : null}
            </li>
          ))}
        {open && matches.length === 0 ? (
          <li role="presentation" className="px-3 py-1.5 text-muted">
            Geen huis gevonden voor “{text}”.
          </li>
        ) : null}
        {open && matches.length > SHOWN ? (
          <li role="presentation" className="px-3 py-1.5 text-xs text-muted">
            en nog {matches.length - SHOWN} huizen: typ verder om te zoeken.
          </li>
        ) : null}
      </ul>
    </div>
  );
}
