export type Decision = 'approved' | 'rejected' | 'spam'

/**
 * PATCH /api/comments/{id} for each comment, as the signed-in moderator (the server checks the
 * site and the reason). Returns the first Vietnamese error, or '' when every one succeeded.
 */
export async function decideComments(
  ids: number[],
  status: Decision,
  reason: { value: string; note: string },
): Promise<string> {
  const body =
    status === 'rejected'
      ? { status, rejectionReason: reason.value, rejectionNote: reason.note || undefined }
      : { status }
  const errors = await Promise.all(
    ids.map((id) =>
      fetch(`/api/comments/${id}`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (r) =>
        r.ok ? '' : ((await r.json().catch(() => null))?.errors?.[0]?.message ?? `Lỗi ${r.status}`),
      ),
    ),
  )
  return errors.find(Boolean) ?? ''
}
