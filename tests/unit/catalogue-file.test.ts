import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';

// DOMAIN.md, "Rules the agency checks" (report 4.3.9, 4.3.11, 4.4.4).
const MANDATORY = [
  'consultatiebureauwerking',
  'regioteam-kind-en-gezin',
  'opvoedingswinkel-opvoedingspunt',
  'spel-en-ontmoetingsinitiatief',
  'inloopteam',
  'prenatale-steunpunten',
  'gezinsondersteuning-aan-huis-door-vrijwilligers',
  'aanbod-onderwijskansen',
];

describe('the catalogue file', () => {
  const { clusters, actorTypes } = readCatalogueFile();

  it('has 52 questionnaire types, in questionnaire order, plus the two mandatory offers outside it', () => {
    expect(actorTypes.filter((t) => t.fromQuestionnaire)).toHaveLength(52);
    expect(actorTypes.filter((t) => !t.fromQuestionnaire).map((t) => t.code)).toEqual(['prenatale-steunpunten', 'aanbod-onderwijskansen']);
    const lines = actorTypes.filter((t) => t.fromQuestionnaire).map((t) => t.questionnaireLine ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('has 12 clusters with unique codes, and unique type codes', () => {
    expect(clusters).toHaveLength(12);
    expect(new Set(clusters.map((c) => c.code)).size).toBe(12);
    expect(new Set(actorTypes.map((t) => t.code)).size).toBe(actorTypes.length);
  });

  it('marks exactly the eight mandatory offers, each with the report line that says so', () => {
    const mandatory = actorTypes.filter((t) => t.mandatory);
    expect(mandatory.map((t) => t.code).sort()).toEqual([...MANDATORY].sort());
    for (const type of mandatory) {
      expect(type.mandatoryNote, type.code).toBeTruthy();
      expect(type.mandatoryLine, type.code).toBeGreaterThan(0);
    }
    expect(actorTypes.find((t) => t.code === 'opvoedingslijn')?.mandatory).toBe(false);
    expect(actorTypes.find((t) => t.code === 'lokaal-bestuur')?.expectedByDecree).toBe(true);
  });

  it('has 2016 counts that add up to each row total for the 51 table rows', () => {
    const withCounts = actorTypes.filter((t) => t.counts2016);
    expect(withCounts).toHaveLength(51);
    for (const { code, counts2016: c } of withCounts) {
      const sum = c!.minimaal + c!.gemiddeld + c!.kernpartner + c!.indirect + c!.nogNiet + c!.niet + c!.nietAanwezig;
      expect(sum, code).toBe(c!.totaal);
    }
  });

  it('gives about 24.6 direct actors and 10.5 kernpartners per house, as DOMAIN.md expects', () => {
    const withCounts = actorTypes.filter((t) => t.counts2016).map((t) => t.counts2016!);
    const direct = withCounts.reduce((s, c) => s + c.minimaal + c.gemiddeld + c.kernpartner, 0) / 116;
    const kern = withCounts.reduce((s, c) => s + c.kernpartner, 0) / 116;
    expect(direct).toBeCloseTo(24.55, 2);
    expect(kern).toBeCloseTo(10.48, 2);
  });
});
