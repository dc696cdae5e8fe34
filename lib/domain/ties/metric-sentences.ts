import type { CutPoint, NetworkMetrics, PartnerFigure } from './network-metrics';

/**
 * One plain Dutch sentence per figure of the "Netwerk" panel: what the number means for the
 * house, without jargon. Pure and client-safe; the panel and its print show these sentences.
 */
const WHOLE_NUMBER = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 0 });
const percent = (share: number) => `${WHOLE_NUMBER.format(share * 100)}%`;
const list = (names: string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} en ${names[names.length - 1]}`);
const quoted = (name: string) => `‘${name}’`;

export function densitySentence(m: NetworkMetrics): string {
  if (m.density === null) return 'Er zijn minder dan twee rechtstreeks betrokken organisaties benoemd: er valt nog geen dichtheid te berekenen.';
  return `Van de ${m.possiblePairs} mogelijke paren onder de ${m.partners} rechtstreeks betrokken partners werken er ${m.tiedPairs} samen (${percent(m.density)}): hoe hoger, hoe meer de partners elkaar rechtstreeks vinden zonder het huis.`;
}

export function tiesSentence(m: NetworkMetrics): string {
  if (m.ties === 0) return 'Er staat nog geen samenwerking tussen partners op de kaart.';
  return `Er ${m.ties === 1 ? 'staat 1 samenwerking' : `staan ${m.ties} samenwerkingen`} tussen organisaties van het huis op de kaart.`;
}

export function bridgeSentence(figure: PartnerFigure): string {
  if (figure.betweenness === 0) {
    return figure.ties === 0
      ? `${quoted(figure.name)} werkt nog met geen andere partner samen.`
      : `${quoted(figure.name)} heeft ${figure.ties === 1 ? '1 samenwerking' : `${figure.ties} samenwerkingen`}, maar verbindt geen partners die elkaar anders niet vinden.`;
  }
  return `${quoted(figure.name)} is een brugfiguur: ${percent(figure.betweenness)} van de kortste verbindingen tussen twee andere partners of overleggen loopt via deze organisatie.`;
}

export function unconnectedSentence(m: NetworkMetrics): string {
  if (m.partners === 0) return 'Het huis benoemt nog geen rechtstreeks betrokken organisaties.';
  if (m.unconnected.length === 0) return 'Elke rechtstreeks betrokken partner werkt met minstens één andere partner samen.';
  const n = m.unconnected.length;
  return `${n === 1 ? '1 partner werkt' : `${n} partners werken`} met geen enkele andere partner samen: ${n === 1 ? 'die is' : 'ze zijn'} alleen via het huis (of een overleg) met de rest verbonden.`;
}

export function cutPointSentence(point: CutPoint): string {
  const what = point.kind === 'overleg' ? `het overleg ${quoted(point.name)}` : quoted(point.name);
  const parts = point.parts.map((part, i) => `(${i + 1}) ${list(part.map(quoted))}`).join('; ');
  return `Zonder ${what} valt het netwerk uiteen in ${point.parts.length} delen die elkaar alleen nog via het huis vinden: ${parts}.`;
}

export function cutPointsSentence(m: NetworkMetrics): string {
  if (m.cutPoints.length === 0) return 'Geen enkele partner of overleg is onmisbaar: valt er één weg, dan blijft de rest met elkaar verbonden.';
  const n = m.cutPoints.length;
  return `${n === 1 ? 'Eén partner of overleg houdt' : `${n} partners of overleggen houden`} het netwerk alleen bijeen: valt ${n === 1 ? 'die' : 'er één'} weg, dan raken anderen los.`;
}
