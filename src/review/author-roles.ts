import type { Author } from '../model/comment';
import { Role } from '../model/role';

export type AuthorRole = Author['role'];

/** Every role a comment can be signed with, in the order lists and summaries show them. */
export const AUTHOR_ROLES: readonly AuthorRole[] = [...Role.options, 'employee'];
