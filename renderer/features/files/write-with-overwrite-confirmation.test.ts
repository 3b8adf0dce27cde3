import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../api/api-call-error';
import { writeWithOverwriteConfirmation } from './write-with-overwrite-confirmation';

const exists = new ApiCallError({
  code: 'invalid-input',
  message: '/a.pdf already exists.',
  details: { reason: 'exists' },
});

describe('writeWithOverwriteConfirmation', () => {
  it('asks before replacing, then writes with overwrite', async () => {
    const write = vi.fn(async (overwrite: boolean) => {
      if (!overwrite) throw exists;
      return 'written';
    });
    const confirm = vi.fn(async () => true);
    await expect(writeWithOverwriteConfirmation(write, confirm)).resolves.toBe('written');
    expect(write.mock.calls).toEqual([[false], [true]]);
  });

  it('writes nothing when the user declines', async () => {
    const write = vi.fn(async () => {
      throw exists;
    });
    await expect(writeWithOverwriteConfirmation(write, async () => false)).resolves.toBeNull();
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('passes other failures through, and skips the question once already confirmed', async () => {
    const failure = new ApiCallError({ code: 'save-failed', message: 'disk full', details: {} });
    await expect(
      writeWithOverwriteConfirmation(
        async () => Promise.reject(failure),
        async () => true,
      ),
    ).rejects.toBe(failure);
    const write = vi.fn(async (overwrite: boolean) => overwrite);
    await expect(writeWithOverwriteConfirmation(write, async () => false, true)).resolves.toBe(
      true,
    );
  });
});
