// Flags for the headless Chromium every bench script launches (Debian's chromium; nothing downloads a browser).
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Nothing but 127.0.0.1 resolves: third-party requests (fonts on CDNs) fail fast instead of hanging.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'];
