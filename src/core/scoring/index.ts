export * from './metric-ids.js';
export * from './scale.js';
export * from './model.js';
export * from './default-model.js';
export * from './guardrails.js';
export * from './result.js';
export * from './metrics.js';
export * from './engine.js';
