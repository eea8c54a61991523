import type { MessageTemplate } from '../types.js';

export const analysisMessages = {} as const satisfies Record<string, MessageTemplate>;
