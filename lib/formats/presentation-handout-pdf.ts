import 'server-only';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { DeckStep } from '../domain/presentation/presentation-deck';
import { registerFonts } from './workshop-report-pdf';

const MARGIN = 36;
const INK = '#1f2a37';
const MUTED = '#5b6675';

/**
 * The handout of a presentation: A4 landscape, one page per shown step, with the step's name,
 * caption and figures above its map (the same SVG as the screen, on the same positions, so the
 * pages line up when turned). Fonts as the workshop report (DejaVu Sans when present).
 */
export async function presentationHandoutPdf(houseName: string, steps: DeckStep[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: MARGIN, info: { Title: `Presentatie · ${houseName}`, Author: 'Netwerkkaart' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const fonts = registerFonts(doc);
  steps.forEach((step, i) => {
    if (i > 0) doc.addPage();
    doc.font(fonts.bold).fontSize(16).fillColor(INK).text(`${houseName} · stap ${step.number} van ${steps.length}: ${step.name}`);
    doc.font(fonts.regular).fontSize(12).fillColor(INK).text(step.caption);
    const figures = step.counts.map((c) => `${c.label}: ${c.value}`).join(' · ');
    const line = [figures, step.detail].filter(Boolean).join('  ');
    if (line) doc.font(fonts.regular).fontSize(10).fillColor(MUTED).text(line);
    doc.moveDown(0.3);
    const top = doc.y;
    SVGtoPDF(doc, step.svg, MARGIN, top, {
      width: doc.page.width - MARGIN * 2,
      height: doc.page.height - MARGIN - top,
      preserveAspectRatio: 'xMidYMin meet',
      fontCallback: (_family, bold) => (bold ? fonts.bold : fonts.regular),
    });
  });
  doc.end();
  return finished;
}
