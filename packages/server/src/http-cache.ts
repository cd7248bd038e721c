/**
 * Whether a request's `If-None-Match` names `etag` (weak comparison, as for GET: `W/"x"` and
 * `"x"` match; `*` matches anything): then the answer is `304 Not Modified`.
 */
export function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
