/**
 * A real IndexedDB with faults injected where a test wants them: every database it opens hands each
 * new transaction to `wrap`, which may throw, or change the transaction, before it is used; `opened`
 * is told of each database opened.
 */
export function wrapTransactions(
  wrap: (begin: () => IDBTransaction, mode: IDBTransactionMode | undefined) => IDBTransaction,
  opened?: (db: IDBDatabase) => void,
): IDBFactory {
  return new Proxy(indexedDB, {
    get(target, prop) {
      if (prop !== 'open') return Reflect.get(target, prop, target) as unknown;
      return (name: string, version?: number) => {
        const req = target.open(name, version);
        req.addEventListener('success', () => {
          const db = req.result;
          opened?.(db);
          const real = db.transaction.bind(db);
          db.transaction = ((stores: string | string[], mode?: IDBTransactionMode, opts?: IDBTransactionOptions) =>
            wrap(() => real(stores, mode, opts), mode)) as IDBDatabase['transaction'];
        });
        return req;
      };
    },
  });
}

/** Replaces each object store `tx` hands out by what `change` makes of it. */
export function wrapStores(tx: IDBTransaction, change: (store: IDBObjectStore) => IDBObjectStore): IDBTransaction {
  const objectStore = tx.objectStore.bind(tx);
  tx.objectStore = (n: string) => change(objectStore(n));
  return tx;
}
