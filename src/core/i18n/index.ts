export * from './types.js';
export * from './format.js';
export * from './catalog.js';
