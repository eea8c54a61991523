import { createServer } from 'node:net';
import { describe, expect, it } from '@jest/globals';
import { kam } from './crm-helpers.js';
import { generateEncryptionKey } from '../../src/store/index.js';

describe('a port already in use', () => {
  it('stops kam serve with one line naming the port and the variable', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await kam(['serve', '--role', 'web'], {
        KAM_PORT: String(port),
        KAM_ENCRYPTION_KEY: generateEncryptionKey(),
        KAM_STORE_URL: 'sqlite::memory:',
        KAM_QUEUE_URL: 'sqlite::memory:',
        KAM_LOG_LEVEL: 'silent',
      });
      expect(run).toMatchObject({
        code: 2,
        err: `kam: port ${port} is already in use: set KAM_PORT to a free port`,
      });
    } finally {
      blocker.close();
    }
  });
});
