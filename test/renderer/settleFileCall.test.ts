import { describe, expect, it } from 'vitest';
import { settleFileCall } from '../../renderer/src/export/settleFileCall';

describe('settleFileCall', () => {
  it('passes an answer through and turns a rejected call into an io error naming the file', async () => {
    await expect(settleFileCall(Promise.resolve({ ok: true, value: 1 }), 'a.pdf')).resolves.toEqual({
      ok: true,
      value: 1,
    });
    await expect(settleFileCall(Promise.reject(new Error('IPC closed')), 'Map.pdf')).resolves.toEqual({
      ok: false,
      error: { kind: 'io', path: 'Map.pdf', message: 'IPC closed' },
    });
  });
});
