/**
 * Just enough IndexedDB for the outbox and drafts, without a wrapper library (see
 * docs/decisions/0004-offline-outbox.md): open a database with one object store, and run one
 * transaction whose work is issued synchronously from request callbacks, so it never
 * auto-commits halfway as a transaction awaited across other promises can.
 */

/** Opens (creating on first use) database `name` holding one object store `store`. */
export function openStore(name: string, store: string, keyPath: string | string[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(store, { keyPath });
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deleting or upgrading the database must not wait for this page forever.
      db.onversionchange = () => db.close();
      resolve(db);
    };
    request.onerror = () => reject(request.error);
  });
}

/**
 * Runs `work` in one transaction on `store` and resolves with what its returned getter reads once
 * the transaction has committed (so a caller never reports data as stored that was not), or
 * rejects with the transaction's error.
 */
export function transact<T>(
  db: IDBDatabase,
  store: string,
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => () => T,
  durability: 'strict' | 'relaxed' = 'relaxed',
): Promise<T> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, mode, { durability });
    const read = work(tx.objectStore(store));
    tx.oncomplete = () => resolve(read());
    tx.onerror = tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
}

/** Every record of `store` in key order. */
export function getAll<T>(db: IDBDatabase, store: string): Promise<T[]> {
  return transact(db, store, 'readonly', (s) => {
    const request = s.getAll();
    return () => request.result as T[];
  });
}
