import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * `tsc -b` has already emitted each package's ES modules and declarations into
 * packages/<name>/dist (unbundled, so applications tree-shake them). Rollup builds from that
 * output the single-file bundle a plain page loads with one <script type="module">.
 * See docs/decisions/0001-build-tsc-then-rollup.md.
 */
/**
 * Writes dist/chunks.json: the entry and each lazily loaded chunk's content-hashed file, by
 * name (`{ "entry": "service-forms.js", "chunks": { "definition-checker": "chunks/…js" } }`),
 * so a page or a server can preload what a form needs without knowing the hashes
 * (docs/embedding.md, "Slow connections").
 */
function chunkManifest() {
  return {
    name: 'chunk-manifest',
    generateBundle(_options, bundle) {
      const files = Object.values(bundle).filter((file) => file.type === 'chunk');
      const manifest = {
        entry: files.find((file) => file.isEntry)?.fileName,
        chunks: Object.fromEntries(files.filter((file) => !file.isEntry).map((file) => [file.name, file.fileName]).sort()),
      };
      this.emitFile({ type: 'asset', fileName: 'chunks.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
    },
  };
}

export default {
  input: 'packages/elements/dist/service-forms.js',
  // Let the entry hold the shared code (lit, core) itself, rather than a facade over a chunk.
  preserveEntrySignatures: 'allow-extension',
  // Building a zod schema has no side effects: an unused one (the definition checker's, in the
  // modules the entry needs only for validation) can be dropped, so zod itself lands in the
  // checker's chunk. `z` is how every core module imports zod/mini.
  treeshake: { manualPureFunctions: ['z'] },
  output: {
    dir: 'dist',
    entryFileNames: 'service-forms.js',
    // Elements most forms do not use load on demand; content-hashed names cache forever.
    chunkFileNames: 'chunks/[name]-[hash].js',
    format: 'es',
    sourcemap: true,
  },
  plugins: [
    nodeResolve({ exportConditions: ['default'], browser: true }),
    // Lit's html`` and css`` templates keep their indentation and comments; on 3G every byte
    // counts, so minify them (whitespace between tags, CSS) before terser.
    minifyHTML(),
    terser({
      ecma: 2022,
      module: true,
      compress: { passes: 2 },
      format: { comments: false },
    }),
    chunkManifest(),
  ],
  onwarn(warning) {
    // Misplaced /*#__PURE__*/ comments and import cycles inside dependencies are theirs to fix
    // and harmless here.
    if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
    // Any other warning is a build problem here, not noise.
    throw new Error(`${warning.code}: ${warning.message}`);
  },
};
