import { z } from 'zod';

/**
 * zod's built-in messages in Dutch, for the cases a schema gives no message of its own (a
 * missing field in a hand-made request). Imported by the input schemas; configuring twice is
 * harmless.
 */
z.config(z.locales.nl());
// No parsers compiled with `new Function`, which the Content-Security-Policy forbids in the
// browser (see instrumentation-client.ts).
z.config({ jitless: true });

export { z };
