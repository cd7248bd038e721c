import { createHash } from 'node:crypto';
import { isFileLike } from '@service-forms/core';
import { ReceivedFile } from '../files.js';

/*
 * Files of the HTML flow between pages. A session's state is JSON (a session row), so a file
 * received on a page is kept in the answers as a plain object: what core validates (name, size,
 * type), its SHA-256 and its bytes in base64. Only the server's multipart reader makes them
 * (readPagePost never reads a file from the body), and at sending they become ReceivedFiles
 * again, each checked against its hash.
 */

/** A file in a session's answers. */
export interface StoredFile {
  name: string;
  type: string;
  size: number;
  sha256: string;
  /** The bytes, base64. */
  data: string;
}

/** A received file as the session's answers keep it. */
export function toStoredFile(file: ReceivedFile): StoredFile {
  return { name: file.name, type: file.type, size: file.size, sha256: file.sha256, data: file.content.toString('base64') };
}

/** Whether a value of the answers is a file the server stored. */
export function isStoredFile(value: unknown): value is StoredFile {
  if (!isFileLike(value)) return false;
  const file = value as unknown as Record<string, unknown>;
  return typeof file.sha256 === 'string' && typeof file.data === 'string';
}

/**
 * The stored files of a file field as ReceivedFiles at `path`, for checkAnswers; a value that is
 * not a stored file, or whose bytes do not match its hash or size, is left out (core then says
 * what is missing).
 */
export function toReceivedFiles(list: readonly unknown[], path: string): ReceivedFile[] {
  return list.flatMap((value) => {
    if (!isStoredFile(value)) return [];
    const content = Buffer.from(value.data, 'base64');
    if (content.length !== value.size || createHash('sha256').update(content).digest('hex') !== value.sha256) return [];
    return [new ReceivedFile(path, value.name, value.type, content)];
  });
}
