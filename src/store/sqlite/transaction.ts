/** The store's write transactions: the one SQLite rule of the project. */
export { immediateTransaction as inTransaction } from '../../shared/sqlite-transaction.js';
