import type { MessageTemplate } from '../types.js';

export const scoringMessages = {} as const satisfies Record<string, MessageTemplate>;
