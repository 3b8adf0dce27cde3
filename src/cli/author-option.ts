import { Author } from '../model/comment';
import { Role } from '../model/role';
import { UsageError } from './cli-command';
import { requiredOption } from './required-option';

/** The roles --role accepts, as --help lists them. */
export const AUTHOR_ROLES = [...Role.options, 'employee'].join('|');

/** The author named by --author and --role. */
export function authorOption(values: Record<string, unknown>): Author {
  const name = requiredOption(values, 'author', 'your name, or --anonymous');
  const role = Author.shape.role.safeParse(requiredOption(values, 'role', AUTHOR_ROLES));
  if (!role.success)
    throw new UsageError(`--role must be one of ${AUTHOR_ROLES.replaceAll('|', ', ')}.`);
  return { name, role: role.data };
}
