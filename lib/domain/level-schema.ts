import { z } from 'zod';
import { LEVEL_CODES, LEVELS } from './levels';

/**
 * A level as input, checked with a Dutch message. Apart from levels.ts so the browser's pages,
 * which read the levels but check no input, do not load zod (issue 13: the map page's script).
 */
export const levelSchema = z.enum(LEVEL_CODES, {
  error: () => `Kies een van de betrokkenheden: ${LEVEL_CODES.map((code) => LEVELS[code].label).join(', ')}.`,
});
