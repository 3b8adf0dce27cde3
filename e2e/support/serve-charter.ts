import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const charterBin = fileURLToPath(new URL('../../bin/charter.js', import.meta.url));

export interface ServedCharter {
  /** The URL the host printed, token included. */
  url: string;
  /** Stops the host with `signal` (SIGKILL: as a crash) and resolves once it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * `charter serve` as a user starts it, from `root`, with its settings in `root/data` unless `env`
 * says otherwise; resolves once it prints its URL. The e2e fixture and the bench both drive the
 * app through it.
 */
export async function serveCharter(
  root: string,
  env: NodeJS.ProcessEnv = {},
): Promise<ServedCharter> {
  const child = spawn(process.execPath, [charterBin, 'serve'], {
    cwd: root,
    env: { ...process.env, CHARTER_DATA_DIR: join(root, 'data'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill(signal);
    await exited;
  };
  try {
    return { url: await printedUrl(child), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function printedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`charter serve exited (${code}): ${output}`)));
  });
}
