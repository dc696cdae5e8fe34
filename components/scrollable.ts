/**
 * Props for a box that scrolls sideways on a narrow screen (a wide table on a phone): focusable,
 * so a keyboard can scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`), and a named region,
 * so a screen reader says what the stop is. Spread on the scroll box:
 * `<div className="relative overflow-x-auto" {...scrollable('Tabel 14')}>`.
 */
export function scrollable(label: string) {
  return { tabIndex: 0, role: 'region', 'aria-label': `${label} (schuift opzij)` } as const;
}
