import type { Author } from '../model/comment';
import { AUTHOR_ROLES } from '../review/author-roles';
import { UsageError } from './cli-command';
import { requiredOption } from './required-option';

/** The roles --role accepts, as --help lists them. */
export const ROLE_CHOICES = AUTHOR_ROLES.join('|');

/** The role named by --role; a usage error lists the ones there are. */
export function parseRole(value: string): Author['role'] {
  const role = AUTHOR_ROLES.find((candidate) => candidate === value);
  if (!role) throw new UsageError(`--role must be one of ${AUTHOR_ROLES.join(', ')}.`);
  return role;
}

/** The author named by --author and --role. */
export function authorOption(values: Record<string, unknown>): Author {
  const name = requiredOption(values, 'author', 'your name, or --anonymous');
  return { name, role: parseRole(requiredOption(values, 'role', ROLE_CHOICES)) };
}
