import { fileURLToPath } from 'node:url';

/**
 * Templates, the published schemas and the built renderer, found from this module: it sits two folders below the
 * project root both as source (src/cli/) and as built code (out/main/).
 */
export function appPaths(env: NodeJS.ProcessEnv = process.env) {
  return {
    templatesDir:
      env.CHARTER_TEMPLATES_DIR ?? fileURLToPath(new URL('../../templates', import.meta.url)),
    rendererDir: fileURLToPath(new URL('../../out/renderer', import.meta.url)),
    schemasDir: fileURLToPath(new URL('../../schemas', import.meta.url)),
  };
}
