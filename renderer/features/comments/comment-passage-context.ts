import { createContext } from 'react';
import type { CommentPassageStore } from './comment-passage-store';

/** The editor screen's passage store; absent where clauses are shown without comments. */
export const CommentPassageContext = createContext<CommentPassageStore | null>(null);
