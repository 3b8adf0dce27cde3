import { access } from 'node:fs/promises';
import { createHandlers } from '../../api/create-handlers';
import { dispatch } from '../../api/dispatch';
import { CharterError } from '../../errors/charter-error';
import { APP_VERSION } from '../../host/app-version';
import { MIN_TOKEN_LENGTH, startWebHost } from '../../host/web-host';
import { createUserDataStore } from '../../settings/user-data-store';
import { defaultUserDataFolder } from '../../settings/default-user-data-folder';
import { createFileKeyVault } from '../../signoff/file-key-vault';
import { createRecoveryStore } from '../../recovery/recovery-store';
import { createProjectLocks } from '../../store/project-lock';
import { UsageError, type CliCommand } from '../cli-command';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Run Charter Studio in the browser: a local host on 127.0.0.1 behind a token.',
  usage: [
    '[--port N] [--token TOKEN]',
    '',
    '  --port N        the port (default: a free one)',
    '  --token TOKEN   the access token (default: a new random one each run)',
    '',
    'Prints the URL to open; stop with Ctrl+C. Settings, recent files and your signing',
    'key (signing-key.pem, readable by you alone) live in CHARTER_DATA_DIR if set, else',
    'the usual per-user folder.',
  ].join('\n'),
  files: 'none',
  options: { port: { type: 'string' }, token: { type: 'string' } },
  async run({ values }, context) {
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port must be a port number.');
    if (typeof values.token === 'string' && values.token.length < MIN_TOKEN_LENGTH) {
      throw new UsageError(`--token must have at least ${MIN_TOKEN_LENGTH} characters.`);
    }
    await access(`${context.rendererDir}/index.html`).catch(() => {
      throw new CharterError(
        'not-found',
        `The user interface is not built (${context.rendererDir}). Run "npm run build" first.`,
      );
    });
    const pdfPrinter = context.openPdfPrinter();
    const dataFolder = defaultUserDataFolder(context.env);
    const locks = createProjectLocks();
    // However the host stops (Ctrl+C, a kill, an error), the files it had open are let go; after
    // SIGKILL nothing runs, and the next opener finds the lock stale.
    process.once('exit', () => locks.releaseAll());
    const handlers = createHandlers({
      host: { kind: 'web', appVersion: APP_VERSION },
      templatesDir: context.templatesDir,
      userData: createUserDataStore(dataFolder),
      // No keychain to ask from plain Node: the key is a file only the user may read.
      keyVault: createFileKeyVault(dataFolder),
      recovery: createRecoveryStore(dataFolder),
      locks,
      pdfPrinter,
    });
    const host = await startWebHost({
      rendererDir: context.rendererDir,
      call: (operation, payload) => dispatch(handlers, operation, payload),
      port,
      ...(typeof values.token === 'string' ? { token: values.token } : {}),
    });
    context.stdout(`Charter Studio is running at ${host.url}\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await Promise.all([host.close(), pdfPrinter.close()]);
    return 0;
  },
};
