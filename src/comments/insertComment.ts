import type { Pool } from 'pg'

import type { Screened } from './screenComment'
import type { CommentInput } from './validateCommentInput'

/**
 * Stores a citizen's comment in one autocommit statement (the row, its flags and matched words), unless the same
 * text came from the same address within the hour (spam is always kept): then it returns null. A returned id means Postgres has committed it,
 * so the 201 that follows can never be a lost comment. Every value was validated by the pipeline;
 * Payload's own create (hooks, transaction, read-back) adds nothing on this path and costs most
 * of a request, so the comment is written in SQL against Payload's tables.
 */
export async function insertComment(
  pool: Pool,
  input: CommentInput,
  ipHash: string,
  status: 'pending' | 'spam',
  screened: Screened,
): Promise<number | null> {
  const { rows } = await pool.query<{ id: number }>(
    `WITH created AS (
       INSERT INTO comments (content, article_id, parent_id, author_name, author_email, status, ip_hash, site_id, matched_words)
       SELECT $1::varchar, $2::int, $3::int, $4::varchar, $5::varchar, $6::enum_comments_status, $7::varchar,
         (SELECT site_id FROM articles WHERE id = $2::int), $9::jsonb
       WHERE $6::enum_comments_status = 'spam' OR NOT EXISTS (
         SELECT 1 FROM comments WHERE ip_hash = $7::varchar AND content = $1::varchar AND created_at > now() - interval '1 hour'
       )
       RETURNING id
     ), flagged AS (
       INSERT INTO comments_flags ("order", parent_id, value)
       SELECT f.n, created.id, f.value::enum_comments_flags
       FROM created, unnest($8::text[]) WITH ORDINALITY AS f(value, n)
     )
     SELECT id FROM created`,
    [
      input.content,
      input.article,
      input.parent ?? null,
      input.authorName,
      input.authorEmail ?? null,
      status,
      ipHash,
      screened.flags,
      JSON.stringify(screened.matched),
    ],
  )
  return rows[0]?.id ?? null
}
