/**
 * A chunk of the bundle loaded on first use and shared by every caller (every form on the page):
 * `const loadEnding = lazyChunk(() => import('./form-ending.js'))`. A load that fails (a weak
 * connection) is forgotten, so the next call, a "Try again", fetches it anew instead of
 * repeating the failure.
 */
export function lazyChunk<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
