import { FEEDBACK_COMMENT_MAX, FEEDBACK_RATINGS, type FeedbackRating } from '@service-forms/core';

/*
 * The satisfaction question of the confirmation without script (issue 16): what its form posts,
 * read back with the rules the reference server's `POST /api/feedback` applies (a rating, one of
 * GOV.UK's five; a comment of at most FEEDBACK_COMMENT_MAX characters after trimming). The words
 * are core's catalogue (`feedback-*`), the same sentences `sf-feedback` says.
 */

/** The names the question's form posts: the rating (radios), the comment (textarea). */
export const FEEDBACK_RATING = 'rating';
export const FEEDBACK_COMMENT = 'comment';
/** The value of the Send feedback button (`name="action"`). */
export const SEND_FEEDBACK = 'send-feedback';

/** What can be wrong with a posted answer: no rating (or not one of the five), a comment over the limit. */
export type FeedbackProblem = 'no-rating' | 'too-long';

/** The question's POST read back. */
export interface FeedbackPost {
  /** One of the five ratings, or undefined (none chosen, one not of the five, or more than one). */
  rating: FeedbackRating | undefined;
  /**
   * The comment as typed, its line breaks `\n` (a form posts `\r\n`; the element sends `\n`),
   * not trimmed: shown back as it was when there is a problem. Trim it before storing.
   */
  comment: string;
  /** In the order the page shows the fields; empty when the answer can be stored. */
  problems: FeedbackProblem[];
  /** Names posted that the question does not have (not the CSRF field, not the button): tampering. */
  ignored: string[];
}

/** The length a comment is held to: code points after trimming, as the server counts (docs/analytics.md). */
export const commentLength = (comment: string): number => [...comment.trim()].length;

/**
 * The question's urlencoded POST read back: the rating and the comment, and what is wrong with
 * them. `csrfName` is the hidden CSRF input's name (checked by the caller).
 */
export function readFeedbackPost(body: URLSearchParams, { csrfName }: { csrfName: string }): FeedbackPost {
  const ratings = body.getAll(FEEDBACK_RATING);
  const chosen = ratings.length === 1 ? ratings[0] : undefined;
  const rating = (FEEDBACK_RATINGS as readonly string[]).includes(chosen ?? '') ? (chosen as FeedbackRating) : undefined;
  const comment = (body.getAll(FEEDBACK_COMMENT)[0] ?? '').replace(/\r\n?/g, '\n');
  const problems: FeedbackProblem[] = [];
  if (!rating) problems.push('no-rating');
  if (commentLength(comment) > FEEDBACK_COMMENT_MAX) problems.push('too-long');
  const known = new Set([FEEDBACK_RATING, FEEDBACK_COMMENT, csrfName, 'action']);
  const ignored = [...new Set(body.keys())].filter((name) => !known.has(name));
  if (body.getAll(FEEDBACK_COMMENT).length > 1) ignored.push(FEEDBACK_COMMENT);
  return { rating, comment, problems, ignored };
}
