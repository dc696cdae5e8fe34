/**
 * CSV as spreadsheets write it: cells separated by `;` (Belgian Excel), `,` or a tab, whichever
 * the header line uses most outside quotes; quoted cells may hold separators, doubled quotes and
 * line breaks; an Excel "sep=;" first line is honoured. Returns the rows as text cells.
 */
function detectSeparator(text: string): string {
  const firstLine = firstRecord(text);
  const counts = { ';': 0, ',': 0, '\t': 0 } as Record<string, number>;
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best[1] > 0 ? best[0] : ';';
}

function firstRecord(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) return text.slice(0, i);
  }
  return text;
}

export function parseCsv(input: string): string[][] {
  let text = input;
  let separator: string;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) {
    separator = sep[1];
    text = text.slice(sep[0].length);
  } else {
    separator = detectSeparator(text);
  }
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += ch;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
