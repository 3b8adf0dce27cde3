import { z } from 'zod';

/**
 * The CSP forbids eval, so zod's compiled parsers cannot run here; left on, zod probes for eval
 * as each object schema is built and the browser reports the probe as a policy violation. Kept in
 * its own module, imported first, so this runs before any schema is built.
 */
z.config({ jitless: true });
