import { pino } from 'pino';
import type { Logger } from 'pino';

/** JSON logs on stdout; credentials and signatures are redacted wherever they appear. */
export function serviceLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level,
      base: { service: 'kam' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers["x-hubspot-signature"]',
          'req.headers["x-hubspot-signature-v3"]',
          '*.accessToken',
          '*.refreshToken',
          '*.privateKey',
          '*.clientSecret',
          'credentials',
        ],
        censor: '[redacted]',
      },
    },
    destination ?? process.stdout,
  );
}
