import 'server-only';
import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { formatDate, formatDateTime } from '../domain/format-date';
import { levelLabel } from '../domain/levels';
import { toMapModel } from '../domain/map/to-elements';
import { toSvg } from '../domain/map/to-svg';
import { reasonLabel } from '../domain/workshop/action-list';
import type { Positions } from '../domain/map/layouts';
import type { WorkshopOutcome } from '../domain/workshop/records';
import { reportMaps, type ReportMap } from '../domain/workshop/report-maps';

/**
 * The report to take home, A4 landscape: the map before and after (each with its legend, drawn
 * from lib/domain/map/to-svg.ts, both on the same positions: report-maps.ts), what changed and who
 * proposed it, the parkeerlijst (proposals set aside or not decided) and the action list. DejaVu Sans
 * (Debian's fonts-dejavu-core) is embedded when present; otherwise Helvetica, whose encoding
 * still covers the Dutch accents.
 */
const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const MARGIN = 40;
const INK = '#1f2a37';
const MUTED = '#5b6675';

/** `arrangement`: the house's own arrangement of the rings, when it saved one (lib/use-cases/arrangements.ts). */
export async function workshopReportPdf(outcome: WorkshopOutcome, now: Date = new Date(), arrangement: Positions | null = null): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `Verslag workshop ${outcome.workshop.code} · ${outcome.workshop.houseName}`, Author: 'Netwerkkaart' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  const { workshop, proposals, diff, actions } = outcome;
  const count = (status: string) => proposals.filter((p) => p.status === status).length;

  // Page 1: title and the map before.
  doc.font(fonts.bold).fontSize(20).fillColor(INK).text(`Verslag van de workshop · ${workshop.houseName}`);
  doc
    .font(fonts.regular)
    .fontSize(10.5)
    .fillColor(MUTED)
    .text(
      [
        `Workshop ${workshop.code}`,
        `geopend ${formatDateTime(workshop.opensAt)}`,
        workshop.closedAt ? `afgesloten ${formatDateTime(workshop.closedAt)}` : 'nog niet afgesloten',
        `begeleid door ${workshop.createdByName}`,
        `${workshop.participants} deelnemers`,
        `${proposals.length} voorstellen: ${count('accepted')} aanvaard, ${count('set_aside')} opzij gelegd, ${count('pending')} zonder beslissing`,
      ].join(' · '),
    );
  doc.moveDown(0.5);
  const maps = outcome.before ? reportMaps(outcome.before, outcome.after, diff, arrangement) : null;
  // Both maps start at the same height of their page, in the same frame: they line up on paper.
  const mapTop = doc.y;
  if (maps)
    drawMap(doc, fonts, maps.before, mapTop, 'Kaart vóór de workshop', `Momentopname ‘Vóór de workshop ${workshop.code}’ · ${formatDate(workshop.opensAt)}`);

  // Page 2: the map after, on the same positions, with what changed marked.
  if (maps?.after) {
    doc.addPage();
    doc
      .font(fonts.regular)
      .fontSize(10.5)
      .fillColor(MUTED)
      .text('Dezelfde schikking als de kaart vóór de workshop: elke actor staat op dezelfde plaats, wat veranderde krijgt een gekleurde gloed.');
    drawMap(
      doc,
      fonts,
      maps.after,
      mapTop,
      'Kaart na de workshop',
      `${workshop.closedAt ? `Momentopname ‘Na de workshop ${workshop.code}’ · ${formatDate(workshop.closedAt)}` : `Stand op ${formatDate(now.toISOString())}`} · groene gloed = toegevoegd, oranje = gewijzigd, rood = verdwenen`,
    );
  }

  // Page 3: the changes.
  doc.addPage();
  heading(doc, fonts, 'Wat veranderde');
  if (diff) {
    for (const [title, items, mark] of [
      ['Toegevoegd', diff.added, '+'],
      ['Verdwenen', diff.removed, '−'],
      ['Gewijzigd', diff.changed, '~'],
    ] as const) {
      doc.font(fonts.bold).fontSize(12).fillColor(INK).text(`${mark} ${title} (${items.length})`);
      doc.font(fonts.regular).fontSize(10.5).fillColor(INK);
      if (items.length === 0) doc.fillColor(MUTED).text('Geen.');
      for (const d of items)
        doc.text(
          `${d.name}${d.typeName !== d.name ? ` (${d.typeName})` : ''}: ${title === 'Gewijzigd' ? `${levelLabel(d.from)} → ${levelLabel(d.to)}` : levelLabel(title === 'Toegevoegd' ? d.to : d.from)}`,
          { indent: 12 },
        );
      doc.moveDown(0.5);
    }
  }
  const accepted = proposals.filter((p) => p.status === 'accepted');
  doc.font(fonts.bold).fontSize(12).fillColor(INK).text(`Aanvaarde voorstellen (${accepted.length})`);
  doc.font(fonts.regular).fontSize(10.5);
  for (const p of accepted) {
    doc
      .fillColor(INK)
      .text(proposalLine(p), { indent: 12, continued: true })
      .fillColor(MUTED)
      .text(` · voorgesteld door ${p.byName}, aanvaard door ${p.decidedByName ?? '—'}`);
  }
  if (accepted.length === 0) doc.fillColor(MUTED).text('Geen.', { indent: 12 });

  // The parkeerlijst: what the group set aside or did not get to, to come back to later.
  const parked = proposals.filter((p) => p.status !== 'accepted');
  doc.moveDown(0.8);
  doc.font(fonts.bold).fontSize(12).fillColor(INK).text(`Parkeerlijst (${parked.length})`);
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text('Voorstellen die opzij gelegd werden of waarover niet beslist werd: de kaart veranderde er niet door. Om op terug te komen.');
  doc.fontSize(10.5);
  for (const p of parked) {
    const decision = p.status === 'set_aside' ? `opzij gelegd door ${p.decidedByName ?? '—'}` : 'niet beslist';
    doc.fillColor(INK).text(proposalLine(p), { indent: 12, continued: true }).fillColor(MUTED).text(` · voorgesteld door ${p.byName}, ${decision}`);
  }
  if (parked.length === 0) doc.fillColor(MUTED).text('Geen: over elk voorstel werd beslist.', { indent: 12 });

  // Page 4+: the action list.
  doc.addPage();
  heading(doc, fonts, `Actielijst (${actions.length})`);
  doc
    .font(fonts.regular)
    .fontSize(10)
    .fillColor(MUTED)
    .text(
      'Elke actor waarvan ‘gewenst’ hoger ligt dan ‘nu’, en elke actor die ‘nog niet’ betrokken is, met trekker, volgende stap en streefdatum (dd-mm-jjjj).',
    );
  doc.moveDown(0.5);
  actionTable(
    doc,
    fonts,
    actions.map((a) => [
      a.name + (a.typeName !== a.name ? `\n${a.typeName}` : ''),
      levelLabel(a.now),
      a.desired ? levelLabel(a.desired) : '—',
      reasonLabel(a),
      a.owner ?? '',
      a.nextStep ?? '',
      formatDate(a.due),
    ]),
  );

  // Footer on every page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    doc
      .font(fonts.regular)
      .fontSize(8.5)
      .fillColor(MUTED)
      .text(
        `Netwerkkaart · workshop ${workshop.code} · ${workshop.houseName} · gemaakt op ${formatDate(now.toISOString())} · pagina ${i + 1} van ${range.count}`,
        MARGIN,
        doc.page.height - MARGIN + 12,
        { lineBreak: false, height: 12 },
      );
  }
  doc.end();
  return finished;
}

export interface Fonts {
  regular: string;
  bold: string;
}

export function registerFonts(doc: PDFKit.PDFDocument): Fonts {
  const regular = `${FONT_DIR}/DejaVuSans.ttf`;
  const bold = `${FONT_DIR}/DejaVuSans-Bold.ttf`;
  if (existsSync(regular) && existsSync(bold)) {
    doc.registerFont('DejaVu', regular);
    doc.registerFont('DejaVu-Bold', bold);
    return { regular: 'DejaVu', bold: 'DejaVu-Bold' };
  }
  return { regular: 'Helvetica', bold: 'Helvetica-Bold' };
}

function heading(doc: PDFKit.PDFDocument, fonts: Fonts, text: string) {
  doc.font(fonts.bold).fontSize(16).fillColor(INK).text(text);
  doc.moveDown(0.3);
}

/** "CAW Limburg: nu minimaal, gewenst kernpartner · “note”" */
function proposalLine(p: WorkshopOutcome['proposals'][number]): string {
  const what = [
    p.newActorName ? 'toevoegen' : null,
    p.now ? `nu ${levelLabel(p.now).toLowerCase()}` : null,
    p.desired ? `gewenst ${levelLabel(p.desired).toLowerCase()}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return `${p.actorName}${what ? `: ${what}` : ''}${p.note ? ` · “${p.note}”` : ''}`;
}

function drawMap(doc: PDFKit.PDFDocument, fonts: Fonts, map: ReportMap, top: number, title: string, subtitle: string) {
  const model = toMapModel(map.network);
  // Labels read over lines through their own white box (a rect svg-to-pdfkit draws), not a halo.
  const svg = toSvg(map.network.house.name, model, map.positions, { title, subtitle, decorations: map.decorations, frame: map.frame });
  const width = doc.page.width - MARGIN * 2;
  const height = doc.page.height - MARGIN - top - 8;
  SVGtoPDF(doc, svg, MARGIN, top, {
    width,
    height,
    preserveAspectRatio: 'xMidYMin meet',
    fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
  });
}

const COLUMNS = [
  { title: 'Actor', width: 170 },
  { title: 'Nu', width: 70 },
  { title: 'Gewenst', width: 70 },
  { title: 'Waarom', width: 95 },
  { title: 'Trekker', width: 95 },
  { title: 'Volgende stap', width: 178 },
  { title: 'Streefdatum', width: 84 },
];

function actionTable(doc: PDFKit.PDFDocument, fonts: Fonts, rows: string[][]) {
  const bottom = doc.page.height - MARGIN - 10;
  const drawHeader = () => {
    let x = MARGIN;
    const y = doc.y;
    doc
      .rect(
        MARGIN,
        y - 2,
        COLUMNS.reduce((s, c) => s + c.width, 0),
        18,
      )
      .fill('#dcefee');
    doc.font(fonts.bold).fontSize(9.5).fillColor(INK);
    for (const c of COLUMNS) {
      doc.text(c.title, x + 3, y + 2, { width: c.width - 6, lineBreak: false });
      x += c.width;
    }
    doc.y = y + 20;
  };
  drawHeader();
  if (rows.length === 0) doc.font(fonts.regular).fontSize(10).fillColor(MUTED).text('Geen acties.', MARGIN);
  doc.font(fonts.regular).fontSize(9.5);
  for (const row of rows) {
    const height = Math.max(...row.map((cell, i) => doc.heightOfString(cell || ' ', { width: COLUMNS[i].width - 6 }))) + 6;
    if (doc.y + height > bottom) {
      doc.addPage();
      drawHeader();
      doc.font(fonts.regular).fontSize(9.5);
    }
    const y = doc.y;
    let x = MARGIN;
    row.forEach((cell, i) => {
      doc.fillColor(INK).text(cell, x + 3, y + 3, { width: COLUMNS[i].width - 6 });
      x += COLUMNS[i].width;
    });
    doc
      .moveTo(MARGIN, y + height)
      .lineTo(x, y + height)
      .lineWidth(0.5)
      .strokeColor('#d0d5dd')
      .stroke();
    doc.y = y + height;
  }
  doc.x = MARGIN;
}
