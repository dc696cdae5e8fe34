import { z } from 'zod';
import { provinceSchema, urbanisationSchema, type Province, type Urbanisation } from './regions';
import { plainText } from './plain-text';

/** What a new house needs; validated at every boundary that creates one. */
export const houseInputSchema = plainText(
  z.object({
    id: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'De code bestaat uit 2 tot 63 kleine letters, cijfers of koppeltekens.'),
    name: z.string().trim().min(2, 'Geef het huis een naam van minstens 2 tekens.').max(120, 'De naam is te lang (max. 120 tekens).'),
    municipalities: z
      .array(z.string().trim().min(1).max(80))
      .min(1, 'Geef minstens één gemeente van het werkingsgebied op.')
      .max(20, 'Een huis bestrijkt hoogstens 20 gemeenten.'),
    province: provinceSchema,
    urbanisation: urbanisationSchema,
    fictional: z.boolean().optional(),
  }),
);

export type HouseInput = z.infer<typeof houseInputSchema>;

/** What identifies and places a house; the lists, the map and the overview extend it. */
export interface HouseIdentity {
  id: string;
  name: string;
  municipalities: string[];
  province: Province;
  urbanisation: Urbanisation;
  intermunicipal: boolean;
}

export interface HouseSummary extends HouseIdentity {
  fictional: boolean;
  /** Actor types answered minimaal, gemiddeld or kernpartner. */
  direct: number;
  kernpartners: number;
  nogNiet: number;
}
