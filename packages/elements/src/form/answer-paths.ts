/**
 * Answers are kept by field path: `iin`, or `members[1].iin` for a field of a repeated item.
 * These read and write such paths in the answers object.
 */

function keys(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/** The answer at `path`, or undefined. */
export function getAnswer(answers: Record<string, unknown>, path: string): unknown {
  let node: unknown = answers;
  for (const key of keys(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Sets the answer at `path`, making the lists and objects on the way. */
export function setAnswer(answers: Record<string, unknown>, path: string, value: unknown): void {
  const parts = keys(path);
  let node = answers as Record<string | number, unknown>;
  parts.forEach((key, i) => {
    if (i === parts.length - 1) {
      node[key] = value;
      return;
    }
    if (node[key] === null || typeof node[key] !== 'object') node[key] = typeof parts[i + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
}
