/** Dutch names for the audit trail's actions; an unknown action shows as it is stored. */
const ACTION_LABELS: Record<string, string> = {
  'auth.sign_in': 'Aangemeld',
  'auth.sign_out': 'Afgemeld',
  'user.create': 'Account aangemaakt',
  'user.update_access': 'Rol of huis gewijzigd',
  'user.password_link': 'Wachtwoordlink gemaakt',
  'user.password_set': 'Wachtwoord ingesteld met een link',
  'house.create': 'Huis toegevoegd',
  'invitation.create': 'Facilitator uitgenodigd',
  'invitation.end': 'Uitnodiging beëindigd',
  'import.house': 'Lijst van een huis geïmporteerd',
  'import.houses': 'Huizen geïmporteerd',
  'backup.create': 'Back-up genomen',
  'backup.restore': 'Back-up teruggezet',
  'arrangement.save': 'Eigen schikking van een kaart opgeslagen',
  'arrangement.reset': 'Standaardschikking van een kaart hersteld',
};

export function actionLabel(action: string): string {
  return ACTION_LABELS[action] ?? action;
}

const SYSTEM_ACTORS: Record<string, string> = {
  system: 'Systeem',
  'demo-seed': 'Demogegevens',
  'first-start': 'Eerste start',
  test: 'Test',
};

export function actorLabel(change: { by: string; byName: string | null; byEmail: string | null }): string {
  // A user id that no longer resolves belongs to a removed account.
  return change.byName || change.byEmail || SYSTEM_ACTORS[change.by] || 'Verwijderd account';
}

/** A value before or after a change, as short readable text (rendered escaped by React). */
export function changeValueText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
