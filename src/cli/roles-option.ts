import { Role } from '../model/role';
import { UsageError } from './cli-command';

/** `--roles hr,legal,it`: a usage error names the roles there are. */
export function rolesOption(values: Record<string, unknown>): Role[] | undefined {
  if (values.roles === undefined) return undefined;
  return String(values.roles)
    .split(',')
    .map((role) => role.trim())
    .map((role) => {
      const parsed = Role.safeParse(role);
      if (!parsed.success) {
        throw new UsageError(
          `--roles takes roles among ${Role.options.join(', ')}, not "${role}".`,
        );
      }
      return parsed.data;
    });
}
