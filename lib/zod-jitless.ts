import { config } from 'zod/v4/core';

// zod compiles object parsers with `new Function` when it may; the page's CSP forbids eval,
// and even zod's probe for it would be reported as a violation. Interpreted parsing is enough.
// Imported for its effect by every browser module that parses with zod, before it parses.
config({ jitless: true });
