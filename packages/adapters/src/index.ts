export { MemoryAdapter, type MemoryAdapterOptions } from './memory/memory-adapter.js';
