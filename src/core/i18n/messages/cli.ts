import type { MessageTemplate } from '../types.js';

export const cliMessages = {} as const satisfies Record<string, MessageTemplate>;
