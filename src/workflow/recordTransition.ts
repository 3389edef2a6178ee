import type { PayloadRequest } from 'payload'

import type { WorkflowState } from './states'

/** Appends one row to the workflow's audit trail, in the caller's transaction (`req`). */
export async function recordTransition(
  req: PayloadRequest,
  entry: { article: number | string; from: WorkflowState; to: WorkflowState; note: string },
) {
  await req.payload.create({
    collection: 'article-transitions',
    data: {
      article: Number(entry.article),
      from: entry.from,
      to: entry.to,
      by: req.user?.id ?? null,
      byName: (req.user as { name?: string } | null)?.name ?? 'Hệ thống',
      at: new Date().toISOString(),
      note: entry.note,
    },
    req,
    overrideAccess: true,
  })
}
