import { openStore, transact } from '../internal/idb.js';

/** A form's unfinished answers, kept on this device. */
export interface Draft {
  formId: string;
  formVersion: string;
  /**
   * The answers as the form holds them, keyed by field name: plain data (strings, numbers,
   * date parts objects, arrays of repeated items), kept by structured clone. `File` and `Blob`
   * values are left out unless the save allowed files.
   */
  answers: Record<string, unknown>;
  /** Where the person was (a page id, or `check-answers`), so the form can resume there. */
  step?: string;
  /** When it was last saved, ISO 8601. */
  savedAt: string;
}

/** Options of one `save`. */
export interface DraftSaveOptions {
  /** The person agreed to keep their chosen files on this device too (default false: files are left out). */
  files?: boolean;
  /** Where the person is in the form (a page id, or `check-answers`), kept with the answers. */
  step?: string;
}

/**
 * Where a form keeps unfinished answers between visits. Never throws for storage trouble on
 * `save` and `load` (a form works without drafts); `clear` and `clearAll` reject when they could
 * not delete, because the person was promised their answers are gone.
 */
export interface DraftStore {
  /** Keeps `answers` for this form version; resolves false when nothing was stored. */
  save(formId: string, formVersion: string, answers: Record<string, unknown>, options?: DraftSaveOptions): Promise<boolean>;
  /** The draft of this form version, unless there is none or it has expired (expired drafts are deleted). */
  load(formId: string, formVersion: string): Promise<Draft | undefined>;
  /** Deletes the drafts of every version of `formId`. */
  clear(formId: string): Promise<void>;
  /** Deletes every draft on this device. */
  clearAll(): Promise<void>;
}

/** How long a draft is kept after its last save, and the clock. */
export interface DraftStoreOptions {
  /**
   * Milliseconds after the last save when a draft expires (default {@link DRAFT_MAX_AGE_MS},
   * 7 days): long enough to come back after fetching a document, short enough that personal data
   * does not sit for weeks on a phone or computer someone else may use.
   */
  maxAgeMs?: number;
  /** The clock, for tests (default `Date.now`). */
  now?: () => number;
}

/** Default draft lifetime: 7 days after the last save. */
export const DRAFT_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** A copy of `value` without `File`/`Blob` values (arrays lose those items, objects those keys). */
function withoutFiles(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => !(item instanceof Blob)).map(withoutFiles);
  // Only plain objects are walked; anything else (a Date, a string) is kept as it is.
  if (typeof value !== 'object' || value === null || ![Object.prototype, null].includes(Object.getPrototypeOf(value))) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!(item instanceof Blob)) out[key] = withoutFiles(item);
  return out;
}

/** Shared by the stores: the draft to keep, and whether a stored one has expired. */
abstract class ExpiringDraftStore implements DraftStore {
  protected readonly maxAgeMs: number;
  protected readonly now: () => number;

  constructor(options: DraftStoreOptions = {}) {
    this.maxAgeMs = options.maxAgeMs ?? DRAFT_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  protected draft(formId: string, formVersion: string, answers: Record<string, unknown>, options?: DraftSaveOptions): Draft {
    return {
      formId,
      formVersion,
      answers: options?.files ? answers : (withoutFiles(answers) as Record<string, unknown>),
      ...(options?.step === undefined ? {} : { step: options.step }),
      savedAt: new Date(this.now()).toISOString(),
    };
  }

  protected expired(draft: Draft): boolean {
    return this.now() - Date.parse(draft.savedAt) > this.maxAgeMs;
  }

  abstract save(formId: string, formVersion: string, answers: Record<string, unknown>, options?: DraftSaveOptions): Promise<boolean>;
  abstract load(formId: string, formVersion: string): Promise<Draft | undefined>;
  abstract clear(formId: string): Promise<void>;
  abstract clearAll(): Promise<void>;
}

const STORE = 'drafts';
/** Every key of one form: `[formId, version]` for any string version sorts below `[formId, []]`. */
const formKeys = (formId: string) => IDBKeyRange.bound([formId], [formId, []]);

/**
 * Drafts in IndexedDB (database `service-forms-drafts` by default), one per form id and
 * version. Calls run in the order they were made: a `save` then a `clear` leaves nothing.
 */
export class IndexedDbDraftStore extends ExpiringDraftStore {
  private readonly name: string;
  private db: Promise<IDBDatabase> | undefined;

  constructor(options: DraftStoreOptions & { name?: string } = {}) {
    super(options);
    this.name = options.name ?? 'service-forms-drafts';
  }

  async save(formId: string, formVersion: string, answers: Record<string, unknown>, options?: DraftSaveOptions): Promise<boolean> {
    try {
      const draft = this.draft(formId, formVersion, answers, options);
      await this.run('readwrite', (store) => store.put(draft));
      return true;
    } catch {
      return false;
    }
  }

  async load(formId: string, formVersion: string): Promise<Draft | undefined> {
    try {
      return await this.run('readwrite', (store) => {
        let found: Draft | undefined;
        // Sweep every expired draft while here, other forms' and versions' too: nothing stays past its time.
        const cursor = store.openCursor();
        cursor.onsuccess = () => {
          const at = cursor.result;
          if (!at) return;
          const draft = at.value as Draft;
          if (this.expired(draft)) at.delete();
          else if (draft.formId === formId && draft.formVersion === formVersion) found = draft;
          at.continue();
        };
        return () => found;
      });
    } catch {
      return undefined;
    }
  }

  async clear(formId: string): Promise<void> {
    await this.run('readwrite', (store) => store.delete(formKeys(formId)));
  }

  async clearAll(): Promise<void> {
    await this.run('readwrite', (store) => store.clear());
  }

  /** Closes the database connection (tests, or a page tearing the form down). */
  close(): void {
    void this.db?.then((db) => db.close(), () => {});
    this.db = undefined;
  }

  /**
   * One transaction. Every call awaits the same open database once before starting its
   * transaction, so transactions start, and IndexedDB runs them, in call order.
   */
  private async run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest | (() => T)): Promise<T | undefined> {
    this.db ??= openStore(this.name, STORE, ['formId', 'formVersion']).catch((error: unknown) => {
      this.db = undefined;
      throw error;
    });
    const db = await this.db;
    return transact(db, STORE, mode, (store) => {
      const result = work(store);
      return typeof result === 'function' ? result : () => undefined;
    });
  }
}

/** Drafts in memory: for tests and Storybook. Lost with the page. */
export class MemoryDraftStore extends ExpiringDraftStore {
  private readonly drafts = new Map<string, Draft>();

  async save(formId: string, formVersion: string, answers: Record<string, unknown>, options?: DraftSaveOptions): Promise<boolean> {
    try {
      // A clone, as IndexedDB would keep: later edits to the form's objects do not reach the draft.
      this.drafts.set(JSON.stringify([formId, formVersion]), structuredClone(this.draft(formId, formVersion, answers, options)));
      return true;
    } catch {
      return false;
    }
  }

  async load(formId: string, formVersion: string): Promise<Draft | undefined> {
    for (const [key, draft] of this.drafts) if (this.expired(draft)) this.drafts.delete(key);
    const draft = this.drafts.get(JSON.stringify([formId, formVersion]));
    return draft && structuredClone(draft);
  }

  async clear(formId: string): Promise<void> {
    for (const [key, draft] of this.drafts) if (draft.formId === formId) this.drafts.delete(key);
  }

  async clearAll(): Promise<void> {
    this.drafts.clear();
  }
}

/** Drafts off (a shared computer, or a form that opts out): stores nothing, finds nothing. */
export class NoDraftStore implements DraftStore {
  async save(_formId: string, _formVersion: string, _answers: Record<string, unknown>, _options?: DraftSaveOptions): Promise<boolean> {
    return false;
  }

  async load(_formId: string, _formVersion: string): Promise<undefined> {
    return undefined;
  }

  async clear(_formId: string): Promise<void> {}

  async clearAll(): Promise<void> {}
}
