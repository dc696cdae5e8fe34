import { describe, expect, it } from 'vitest';
import { readCatalogueFile } from '@/lib/reference/catalogue-file';
import { matchAnswer } from '@/lib/domain/import/answer-match';
import { normalise } from '@/lib/domain/import/normalise';
import { TypeMatcher, spellingsOf } from '@/lib/domain/import/type-match';
import { TYPE_ALIASES } from '@/lib/domain/import/type-aliases';

const types = readCatalogueFile().actorTypes;
const matcher = new TypeMatcher(types);

function typeOf(text: string): string | null {
  const match = matcher.match(text);
  return match.kind === 'type' ? match.type.code : null;
}

describe('answers are read tolerantly', () => {
  it.each([
    ['Kernpartner', 'kernpartner'], ['kern', 'kernpartner'], ['KERN', 'kernpartner'], ['K', 'kernpartner'], [' kern-partner ', 'kernpartner'],
    ['gem', 'gemiddeld'], ['Gemiddeld', 'gemiddeld'], ['min.', 'minimaal'], ['ind', 'indirect'],
    ['Nog niet', 'nog_niet'], ['nn', 'nog_niet'], ['nog_niet', 'nog_niet'], ['Nog niet (gepland)', 'nog_niet'],
    ['Niet', 'niet'], ['niet aanwezig', 'niet_aanwezig'], ['n.a.', 'niet_aanwezig'], ['Niet aanw.', 'niet_aanwezig'],
    ['Niet aanwezig in werkgebied', 'niet_aanwezig'], ['niet_aanwezig', 'niet_aanwezig'],
  ])('%s → %s', (text, level) => {
    expect(matchAnswer(text)).toMatchObject({ kind: 'level', level });
  });

  it('knows the exact label from a synonym', () => {
    expect(matchAnswer('Kernpartner')).toMatchObject({ exact: true });
    expect(matchAnswer('kern')).toMatchObject({ exact: false });
  });

  it('reads empty cells, dashes and "Geen antwoord" as no answer', () => {
    for (const text of ['', '  ', '-', '–', 'Geen antwoord']) expect(matchAnswer(text)).toEqual({ kind: 'empty' });
  });

  it('suggests the answer that was probably meant', () => {
    expect(matchAnswer('kernpartnr')).toEqual({ kind: 'unknown', suggestions: expect.arrayContaining(['Kernpartner']) });
    expect(matchAnswer('gemideld')).toEqual({ kind: 'unknown', suggestions: ['Gemiddeld'] });
    expect(matchAnswer('misschien')).toMatchObject({ kind: 'unknown' });
  });
});

describe('actor types are matched on their names, table names and the report’s abbreviations', () => {
  it.each([
    ['Centrum voor leerlingenbegeleiding (CLB)', 'centrum-voor-leerlingenbegeleiding-clb'],
    ['clb', 'centrum-voor-leerlingenbegeleiding-clb'],
    ['Centrum voor leerlingenbegeleiding', 'centrum-voor-leerlingenbegeleiding-clb'],
    ['CAW', 'caw'], ['CGG', 'centrum-voor-geestelijke-gezondheidszorg-cgg'], ['CKG', 'centrum-voor-kinderzorg-en-gezinsbegeleiding-ckg'],
    ['ocmw', 'ocmw'], ['VDAB', 'vdab'], ['LOGO', 'logo-deskundige'], ['VAPH', 'jeugdhulp-organisaties-vaph'],
    ['Initiatieven drugspreventie', 'initiatieven-drugpreventie'], ['Scholen', 'school-scholen'], ['School/ scholen', 'school-scholen'],
    ['oudercomite', 'oudercomite'], ['OUDERCOMITÉ', 'oudercomite'], ['Regioteam Kind & Gezin', 'regioteam-kind-en-gezin'],
    ['Opvoedingswinkel of -punt', 'opvoedingswinkel-opvoedingspunt'], ['Jeugdhulp– jongerenwelzijn', 'jeugdhulp-organisaties-jongerenwelzijn'],
    ['Gezinsondersteuning aan huis', 'gezinsondersteuning-aan-huis-door-vrijwilligers'], ['Kinderopvang baby\u2019s - peuters', 'kinderopvang-babys-peuters'],
    ['Vakantie- en speelpleinwerk', 'vakantie-en-speelpleinwerk'], ['consultatiebureauwerking', 'consultatiebureauwerking'],
  ])('%s → %s', (text, code) => {
    expect(typeOf(text)).toBe(code);
  });

  it('never gives one spelling to two catalogue types', () => {
    const owners = new Map<string, Set<string>>();
    for (const type of types) for (const spelling of spellingsOf(type)) {
      const key = normalise(spelling);
      owners.set(key, new Set([...(owners.get(key) ?? []), type.code]));
    }
    expect([...owners].filter(([, codes]) => codes.size > 1).map(([key]) => key)).toEqual([]);
  });

  it('names only catalogue types in its aliases', () => {
    const codes = new Set(types.map((t) => t.code));
    expect(Object.keys(TYPE_ALIASES).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('suggests catalogue names for an unknown one', () => {
    expect(matcher.match('Bibliotheekk')).toEqual({ kind: 'unknown', suggestions: expect.arrayContaining(['Bibliotheek']) });
    expect(matcher.match('Jeugddiensten').kind === 'unknown' ? (matcher.match('Jeugddiensten') as { suggestions: string[] }).suggestions[0] : null).toBe('Jeugddienst');
    expect(matcher.match('Kinderopvang')).toMatchObject({ kind: 'unknown', suggestions: expect.arrayContaining(["Kinderopvang baby's - peuters", 'Kinderopvang - buitenschoolse']) });
  });
});
