import { ApiCallError } from '../../api/api-call-error';

/** The core refused a save: another program changed the file since we read or wrote it. */
export function isChangedOnDiskError(error: unknown): error is ApiCallError {
  return (
    error instanceof ApiCallError &&
    error.code === 'conflict' &&
    error.details.reason === 'changed-on-disk'
  );
}
