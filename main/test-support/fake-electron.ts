import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { vi } from 'vitest';

/**
 * The parts of the `electron` module that main/ touches, recording what it is asked, for tests
 * on a machine without Electron's binary: `vi.mock('electron', () => import(…fake-electron))`.
 * Only the calls are faked; the options, handlers and policies under test are main/'s own.
 */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler?: (details: { url: string }) => { action: string };
  readonly mainFrame = { url: 'app://charter/index.html' };
  readonly printed: Record<string, unknown>[] = [];
  printToPDF(options: Record<string, unknown>): Promise<Buffer> {
    this.printed.push(options);
    return Promise.resolve(Buffer.from('%PDF-1.4\n'));
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeSession {
  permissionRequestHandler?: (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void;
  permissionCheckHandler?: (...args: unknown[]) => boolean;
  beforeRequest?: (
    details: { url: string },
    callback: (response: { cancel: boolean }) => void,
  ) => void;
  readonly webRequest = {
    onBeforeRequest: (listener: FakeSession['beforeRequest']) => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: FakeSession['permissionRequestHandler']): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: FakeSession['permissionCheckHandler']): void {
    this.permissionCheckHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static getAllWindows = () => BrowserWindow.created;
  readonly webContents = new FakeWebContents();
  readonly loadedUrls: string[] = [];
  constructor(readonly options: { webPreferences?: Record<string, unknown> }) {
    super();
    BrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {}
  destroy(): void {}
}

const sessions = new Map<string, FakeSession>();
export const session = {
  defaultSession: new FakeSession(),
  fromPartition(partition: string): FakeSession {
    const existing = sessions.get(partition) ?? new FakeSession();
    sessions.set(partition, existing);
    return existing;
  },
};

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly paths = new Map<string, string>([['userData', tmpdir()]]);
  whenReady = vi.fn(() => Promise.resolve());
  quit = vi.fn();
  setPath(name: string, path: string): void {
    this.paths.set(name, path);
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? tmpdir();
  }
}
export const app = new FakeApp();

export const ipcMain = {
  handlers: new Map<string, (...args: unknown[]) => unknown>(),
  handle(channel: string, handler: (...args: unknown[]) => unknown): void {
    this.handlers.set(channel, handler);
  },
};

export const ipcRenderer = { invoke: vi.fn((..._args: unknown[]) => Promise.resolve('answered')) };

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

export const protocol = {
  privilegedSchemes: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>): void {
    this.handlers.set(scheme, handler);
  },
};

export const net = { fetch: vi.fn((_url: string) => Promise.resolve(new Response('file'))) };
export const shell = {
  openExternal: vi.fn((_url: string) => Promise.resolve()),
  showItemInFolder: vi.fn((_path: string) => undefined),
};
export const dialog = {
  showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: 1 })),
  showMessageBoxSync: vi.fn(() => 1),
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
};
export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (text: string) => Buffer.from(text),
  decryptString: (data: Buffer) => data.toString(),
};
export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: vi.fn(),
};
