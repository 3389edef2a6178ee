import type { UIFieldServerComponent } from 'payload'
import React from 'react'

import { COMMENT_STATUSES } from '../../comments/rejectionReasons'
import { hasRoleOnSite } from '../../sites/siteRoles'
import { FEEDBACK_READERS } from '../roles'

/**
 * On a consultation's edit view: how much feedback came in, by status, and the link to export it
 * all as XLSX. Counted with the viewer's own access; shown only to those who may read feedback.
 */
export const FeedbackPanel: UIFieldServerComponent = async ({ id, data, payload, req }) => {
  if (!id || !hasRoleOnSite(req.user, data?.site, ...FEEDBACK_READERS)) return null
  const count = async (status?: string) =>
    (
      await payload.count({
        collection: 'consultation-feedback',
        where: {
          and: [
            { consultation: { equals: id } },
            ...(status ? [{ status: { equals: status } }] : []),
          ],
        },
        overrideAccess: false,
        user: req.user,
      })
    ).totalDocs
  const counts = await Promise.all(COMMENT_STATUSES.map((s) => count(s.value)))
  const total = counts.reduce((a, b) => a + b, 0)
  return (
    <div className="field-type" style={{ marginBottom: 24 }} data-testid="feedback-panel">
      <h3>Góp ý của Nhân dân</h3>
      <p>
        {`Tổng số: ${total} góp ý — `}
        {COMMENT_STATUSES.map((s, i) => `${s.label.vi}: ${counts[i]}`).join(', ')}
      </p>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/api/consultations/${id}/feedback.xlsx`}
      >
        Tải tất cả góp ý (XLSX)
      </a>
    </div>
  )
}
