import { z } from 'zod';

// Runs in the browser before the app's own code. zod probes once whether it may compile its
// parsers with `new Function`; under the Content-Security-Policy (proxy.ts) that probe is refused,
// and the browser reports the refusal as a CSP violation even though zod catches it. Without
// compiling (jitless) zod parses the same, a little slower, and never asks.
z.config({ jitless: true });
