export { MemoryAdapter, type MemoryAdapterOptions } from './memory/memory-adapter.js';
export { FetchAdapter, MAX_RETRY_AFTER_MS, type FetchAdapterOptions } from './fetch/fetch-adapter.js';
export {
  runAdapterContract,
  checkResult,
  AdapterContractError,
  type AdapterContractScenario,
  type ContractTestRunner,
} from './testing/adapter-contract.js';
