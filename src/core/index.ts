/** The KAM domain: pure, no I/O, time as a parameter. */
export * from './model/index.js';
export * from './i18n/index.js';
export * from './scoring/index.js';
export * from './analysis/index.js';
export * from './account-view.js';
export * from './time.js';
export * from './order.js';
export * from './portfolio.js';
