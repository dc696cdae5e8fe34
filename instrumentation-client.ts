// Runs in the browser before the app's own code. zod probes once whether it may compile its
// parsers with `new Function`; under the Content-Security-Policy (proxy.ts) that probe is refused,
// and the browser reports the refusal as a CSP violation even though zod catches it. Without
// compiling (jitless) zod parses the same, a little slower, and never asks.
//
// Said through zod's global settings object (zod v4 reads `globalThis.__zod_globalConfig`, and
// keeps one that is already there), not by importing zod: an import here would put zod's 390 kB
// into every page's first scripts, the map and /cijfers included, which check no input with it
// (issue 13, total blocking time). Pages whose forms do use zod load it with them.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };
