import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionLabel, DESCRIBED_ACTIONS, describeChange, describeFields } from '@/lib/domain/describe-change';

/** Every audit action the code writes: `action: '…'` and the forum member pair. */
function writtenActions(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : /\.tsx?$/.test(name) ? [full] : [];
    });
  const found = new Set<string>();
  for (const file of ['lib', 'graph', 'app', 'seed'].flatMap((d) => walk(path.resolve(d)))) {
    const text = readFileSync(file, 'utf8');
    if (!/recordChange|changeParams|recordChanges|ChangeInput/.test(text)) continue;
    for (const match of text.matchAll(/action: (?:member \? )?'([a-z_]+\.[a-z_.]+)'(?: : '([a-z_]+\.[a-z_.]+)')?/g)) {
      found.add(match[1]);
      if (match[2]) found.add(match[2]);
    }
    for (const match of text.matchAll(/change\('([a-z_]+\.[a-z_.]+)'/g)) found.add(match[1]);
  }
  return [...found].sort();
}

const names = { house: (id: string) => ({ 'demo-001': 'Huis van het Kind Aadorp' })[id], user: (id: string) => ({ u1: 'Eva Facilitator (eva@expoo.be)' })[id] };

describe('the audit trail in Dutch sentences', () => {
  it('has a label and a sentence for every action the app writes', () => {
    const written = writtenActions();
    expect(written.length).toBeGreaterThan(20);
    expect(written.filter((a) => !DESCRIBED_ACTIONS.includes(a))).toEqual([]);
    for (const action of written) expect(actionLabel(action), action).not.toBe('Wijziging');
  });

  it('writes answers, organisations and imports as sentences with names and level labels', () => {
    expect(describeChange({ action: 'answer.update', target: 'house:demo-001/type:ocmw', houseId: 'demo-001', from: { name: 'OCMW', level: 'minimaal', owner: null }, to: { level: 'kernpartner', owner: 'Sofie' } }))
      .toBe('Het antwoord voor ‘OCMW’ werd gewijzigd: betrokkenheid van Minimaal naar Kernpartner, trekker wordt ‘Sofie’.');
    expect(describeChange({ action: 'involvement.delete', target: 'house:x/actor:a', houseId: 'x', from: { name: 'CAW Limburg', typeCode: 'caw', level: 'gemiddeld' }, to: null }))
      .toBe('De organisatie ‘CAW Limburg’ werd verwijderd (was gemiddeld).');
    expect(describeChange({ action: 'answer.update', target: 't', houseId: 'x', from: { name: 'Bibliotheek', due: '2027-03-15' }, to: { due: null } }))
      .toBe('Het antwoord voor ‘Bibliotheek’ werd gewijzigd: streefdatum gewist (was ‘15-03-2027’).');
    expect(describeChange({ action: 'import.house', target: 'house:x', houseId: 'x', from: null, to: { name: 'partners.csv', summary: '2 nieuw, 1 gewijzigd (partners.csv, 3 rijen)' } }))
      .toBe('De lijst ‘partners.csv’ werd geïmporteerd: 2 nieuw, 1 gewijzigd (partners.csv, 3 rijen).');
  });

  it('writes the beheerder’s actions with accounts, roles and houses by name, never JSON or codes', () => {
    const sentences = [
      describeChange({ action: 'user.create', target: 'user:u2', houseId: null, from: null, to: { email: 'jan@huis.be', name: 'Jan', role: 'coordinator', houseIds: ['demo-001'] } }, names),
      describeChange({ action: 'user.update_access', target: 'user:u2', targetLabel: 'jan@huis.be', houseId: null, from: { role: 'coordinator', houseIds: ['demo-001'] }, to: { role: 'kind_en_gezin', houseIds: [] } }, names),
      describeChange({ action: 'invitation.create', target: 'invitation:i1', houseId: 'demo-001', from: null, to: { houseId: 'demo-001', facilitatorId: 'u1', from: '2026-09-01', until: '2027-06-30' } }, names),
      describeChange({ action: 'user.deactivate', target: 'user:u2', houseId: null, from: { active: true }, to: { email: 'jan@huis.be', sessions: 2 } }, names),
      describeChange({ action: 'auth.sign_in', target: 'user:u2', houseId: null, from: null, to: { address: '192.0.2.7' } }, names),
      describeChange({ action: 'house.create', target: 'house:demo-001', houseId: 'demo-001', from: null, to: { id: 'demo-001', name: 'Huis van het Kind Aadorp', municipalities: ['Aadorp', 'Bedorp'], province: 'Limburg', urbanisation: 'buitengebied' } }, names),
    ];
    expect(sentences).toEqual([
      'Het account van jan@huis.be (Jan) werd aangemaakt als coördinator van Huis van het Kind Aadorp.',
      'De rol van jan@huis.be ging van coördinator van Huis van het Kind Aadorp naar Kind en Gezin; lopende sessies tellen de nieuwe rol meteen.',
      'Eva Facilitator (eva@expoo.be) werd uitgenodigd door ‘Huis van het Kind Aadorp’, van 01-09-2026 tot en met 30-06-2027.',
      'Het account van jan@huis.be werd gedeactiveerd: aanmelden kan niet meer en 2 lopende sessies werden beëindigd.',
      'Aangemeld vanaf 192.0.2.7.',
      'Het huis ‘Huis van het Kind Aadorp’ werd toegevoegd (Aadorp, Bedorp, Limburg).',
    ]);
    for (const sentence of sentences) expect(sentence).not.toMatch(/[{}[\]"]|_|\b(user|house|invitation)[.:]/);
  });

  it('still says something readable for an action it does not know', () => {
    expect(actionLabel('plan.update')).toBe('Wijziging');
    expect(describeChange({ action: 'plan.update', target: 'house:x/type:y', targetLabel: 'Huis X', houseId: 'x', from: { level: 'minimaal' }, to: { level: 'gemiddeld', desired: 'kernpartner' } }))
      .toBe('Huis X: betrokkenheid van Minimaal naar Gemiddeld, gewenst wordt ‘Kernpartner’.');
  });

  it('keeps the house history’s field lines', () => {
    expect(describeFields({ name: 'OCMW', level: 'minimaal' }, { level: 'nog_niet' })).toEqual(['betrokkenheid: Minimaal → Nog niet']);
    expect(describeFields(null, { summary: '3 nieuw' })).toEqual(['3 nieuw']);
  });
});
