import { createHash } from 'node:crypto';
import { isFieldPath, parseAnswerPath, type FileLike } from '@service-forms/core';

/** Types the server accepts at all, whatever a definition allows: documents and photos. */
export const DEFAULT_FILE_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** A file received in a multipart part: what core validates, plus the bytes to store. */
export class ReceivedFile implements FileLike {
  readonly sha256: string;
  constructor(
    /** Where the part said it belongs, e.g. `proof` or `members[1].proof`. */
    readonly path: string,
    readonly name: string,
    readonly type: string,
    readonly content: Buffer,
  ) {
    this.sha256 = createHash('sha256').update(content).digest('hex');
  }
  get size(): number {
    return this.content.length;
  }
}

/** The first bytes each allowed type starts with: the declared type must match the content. */
const SIGNATURES: Record<string, readonly (readonly number[])[]> = {
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/jpeg': [[0xff, 0xd8, 0xff]],
};

/**
 * Whether a file may be stored: its declared type is on the allow-list and, for the types the
 * server knows, its first bytes are those of that type (a renamed executable is refused).
 */
export function fileTypeAllowed(file: { type: string; content: Buffer }, allowed: readonly string[]): boolean {
  const type = file.type.toLowerCase().split(';')[0]!.trim();
  if (!allowed.includes(type)) return false;
  const signatures = SIGNATURES[type];
  if (!signatures) return true;
  return signatures.some((signature) => signature.every((byte, i) => file.content[i] === byte));
}

/** The field path of a `files.<path>` part (`files.members[1].proof`), or undefined when the name is not one. */
export function filePartPath(partName: string): string | undefined {
  if (!partName.startsWith('files.')) return undefined;
  const path = partName.slice('files.'.length);
  const keys = parseAnswerPath(path);
  // A file belongs to a field: `proof`, or a field of a repeated item (at most 999 items).
  return keys && isFieldPath(keys) && keys.every((key) => typeof key === 'string' || key < 1000) ? path : undefined;
}
