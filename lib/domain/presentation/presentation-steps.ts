import { z } from 'zod';
import { plainText } from '../plain-text';

/**
 * The steps of a presentation of a house's map ("Presenteren", issue 18), in the order a
 * coordinator tells the story to the council: who steers, who takes part, who is reached
 * through an overleg, where the house can grow, which partners that must join are missing, and
 * how it changed. A house may reword, hide and reorder them (saved per house).
 */
export const STEP_IDS = ['kern', 'betrokken', 'indirect', 'nog-niet', 'ontbrekend', 'voor-na'] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The short name of each step (the dots, the editor, the handout's page titles). */
export const STEP_NAMES: Record<StepId, string> = {
  kern: 'Kernpartners',
  betrokken: 'Gemiddeld en minimaal',
  indirect: 'Indirect, via een overleg',
  'nog-niet': 'Nog niet: groeikansen',
  ontbrekend: 'Ontbrekende verplichte partners',
  'voor-na': 'Vroeger en nu',
};

/** The caption a step has until the house writes its own. */
export const DEFAULT_CAPTIONS: Record<StepId, string> = {
  kern: 'Dit is ons Huis van het Kind met zijn kernpartners: wie mee stuurt en het huis mogelijk maakt.',
  betrokken: 'Daarrond de partners die meedenken en input geven (gemiddeld) en die hun bereidheid toonden (minimaal).',
  indirect: 'Sommige actoren bereiken we onrechtstreeks: via een overleg waarin het huis zit.',
  'nog-niet': 'Met deze actoren is er nog geen contact, maar het is gepland: hier kan ons huis groeien.',
  ontbrekend: 'Deze partners moeten volgens het decreet aansluiten en ontbreken nog.',
  'voor-na': 'Zo veranderde ons netwerk sinds de gekozen momentopname.',
};

export const MAX_CAPTION = 300;

export interface PresentationStepSetting {
  id: StepId;
  caption: string;
  hidden: boolean;
}

/** A house's presentation as stored: every step once, in the chosen order. */
export interface PresentationSettings {
  steps: PresentationStepSetting[];
  /** The snapshot step 6 compares with now; null = the newest snapshot. */
  snapshotId: string | null;
  /** 0 = never saved (the defaults). */
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export function defaultPresentation(): PresentationSettings {
  return {
    steps: STEP_IDS.map((id) => ({ id, caption: DEFAULT_CAPTIONS[id], hidden: false })),
    snapshotId: null,
    version: 0,
    updatedAt: null,
    updatedBy: null,
  };
}

const stepsSchema = z
  .array(
    z.object({
      id: z.enum(STEP_IDS),
      caption: z.string().trim().max(MAX_CAPTION, `Een bijschrift is te lang (max. ${MAX_CAPTION} tekens).`),
      hidden: z.boolean(),
    }),
  )
  .length(STEP_IDS.length, 'Elke stap moet er precies één keer in staan.')
  .refine((steps) => new Set(steps.map((s) => s.id)).size === STEP_IDS.length, 'Elke stap moet er precies één keer in staan.')
  .refine((steps) => steps.some((s) => !s.hidden), 'Laat minstens één stap zichtbaar.');

/** What the editor sends: the steps in their order, the compared snapshot and the version seen. */
export const presentationInputSchema = plainText(
  z.object({
    steps: stepsSchema,
    snapshotId: z.string().trim().max(120).nullable(),
    version: z.number().int('Ongeldige versie.').min(0, 'Ongeldige versie.'),
  }),
);

/**
 * The editor's form fields as input: `order` (the step ids, comma-separated), `caption-<id>`,
 * `hidden-<id>` (a ticked box), `snapshot` ('' = the newest) and `version`. An empty caption
 * goes back to the default one.
 */
export function presentationInputFromForm(form: { get(name: string): unknown }): unknown {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const order = text('order')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const version = Number(text('version'));
  return {
    steps: order.map((id) => {
      const caption = text(`caption-${id}`).trim();
      return {
        id,
        caption: caption || (DEFAULT_CAPTIONS as Record<string, string>)[id] || '',
        hidden: form.get(`hidden-${id}`) !== null && form.get(`hidden-${id}`) !== undefined,
      };
    }),
    snapshotId: text('snapshot').trim() || null,
    version: Number.isFinite(version) ? version : -1,
  };
}

/**
 * Stored settings as read back (JSON text of the steps): steps that no longer read fall back to
 * the defaults, a step added to the product since is appended, so a presentation always has each
 * step once.
 */
export function settingsFromStored(
  stepsText: string | null,
  snapshotId: string | null,
  version: number,
  updatedAt: string | null,
  updatedBy: string | null,
): PresentationSettings {
  let steps = defaultPresentation().steps;
  if (stepsText) {
    try {
      const parsed = stepsSchema.safeParse(JSON.parse(stepsText));
      if (parsed.success) steps = parsed.data.map((s) => ({ ...s, caption: s.caption || DEFAULT_CAPTIONS[s.id] }));
    } catch {
      // A stored text that does not parse is drawn as the defaults (never as a broken presentation).
    }
  }
  return { steps, snapshotId, version, updatedAt, updatedBy };
}

/** What the presentation editor learns from its action: the settings now stored. */
export interface PresentationOutcome {
  settings: PresentationSettings | null;
}
