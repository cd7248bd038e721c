export { MemoryAdapter, type MemoryAdapterOptions } from './memory/memory-adapter.js';
export { FetchAdapter, MAX_RETRY_AFTER_MS, type FetchAdapterOptions } from './fetch/fetch-adapter.js';
export {
  OutboxAdapter,
  OutboxSentEvent,
  OutboxFailedEvent,
  type OutboxOptions,
  type OutboxEntry,
  type FlushSummary,
} from './outbox/outbox-adapter.js';
export {
  IndexedDbDraftStore,
  MemoryDraftStore,
  NoDraftStore,
  DRAFT_MAX_AGE_MS,
  type Draft,
  type DraftStore,
  type DraftStoreOptions,
  type DraftSaveOptions,
} from './drafts/draft-store.js';
export { debounce, type Debounced } from './debounce/debounce.js';
export {
  runAdapterContract,
  checkResult,
  AdapterContractError,
  type AdapterContractScenario,
  type ContractTestRunner,
} from './testing/adapter-contract.js';
