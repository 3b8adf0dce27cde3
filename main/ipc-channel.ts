/** The one IPC channel of the API; shared by main and the (separately bundled) preload. */
export const INVOKE_CHANNEL = 'charter:invoke';
