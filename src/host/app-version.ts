// A named import lets the bundler keep the version alone, not the whole package.json.
import { version } from '../../package.json';

export const APP_VERSION: string = version;
