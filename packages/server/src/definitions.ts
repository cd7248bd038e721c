import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDefinition, type FormDefinition } from '@service-forms/core';

/** One version of a form, as loaded from its file. */
export interface LoadedDefinition {
  definition: FormDefinition;
  /** The file's bytes, served as they are. */
  body: Buffer;
  /** A strong ETag of the bytes. */
  etag: string;
  file: string;
}

/** Compares `1.10.0` above `1.9.0`. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}

/**
 * The form definitions the server knows: every `*.json` file directly in a folder, checked with
 * core's `parseDefinition`, by id and version. Several files may hold versions of one form (keep
 * the old version while submissions made with it may still arrive from offline outboxes).
 */
export class DefinitionStore {
  private readonly forms = new Map<string, Map<string, LoadedDefinition>>();

  /** Loads a folder; throws naming the file and path of the first bad definition. */
  static async load(folder: string): Promise<DefinitionStore> {
    const store = new DefinitionStore();
    const names = (await readdir(folder, { withFileTypes: true })).filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name).sort();
    for (const name of names) {
      const file = join(folder, name);
      const body = await readFile(file);
      let json: unknown;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch (error) {
        throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
      }
      const result = parseDefinition(json);
      if (!result.ok) throw new Error(`${file}: not a valid form definition: ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
      store.add({ definition: result.definition, body, etag: `"${createHash('sha256').update(body).digest('base64url')}"`, file });
    }
    return store;
  }

  add(loaded: LoadedDefinition): void {
    const { id, version } = loaded.definition;
    const versions = this.forms.get(id) ?? new Map<string, LoadedDefinition>();
    if (versions.has(version)) throw new Error(`${loaded.file}: form ${id} version ${version} is also in ${versions.get(version)!.file}`);
    versions.set(version, loaded);
    this.forms.set(id, versions);
  }

  has(formId: string): boolean {
    return this.forms.has(formId);
  }

  /** One version of a form, or its newest when `version` is left out. */
  get(formId: string, version?: string): LoadedDefinition | undefined {
    const versions = this.forms.get(formId);
    if (!versions) return undefined;
    if (version !== undefined) return versions.get(version);
    return [...versions.values()].sort((a, b) => compareVersions(b.definition.version, a.definition.version))[0];
  }

  ids(): string[] {
    return [...this.forms.keys()].sort();
  }
}
