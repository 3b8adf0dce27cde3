import { createContext } from 'react';

/** True while the charter is open for review only: clause texts can be commented, not edited. */
export const ReadOnlyContext = createContext(false);
