import type { Access } from 'payload'

import { WRITER_ROLES } from '../../access/roles'
import { bySiteRoles } from '../../sites/siteRoles'

/**
 * The editorial board of the file's site changes the files editors uploaded; a generated file is
 * the job's alone (its name and text hash must keep matching what it was made from).
 */
export const canUpdateUploadedAudio: Access = ({ req }) =>
  bySiteRoles(
    req.user,
    (roles) => roles.some((r) => WRITER_ROLES.includes(r)) && { origin: { equals: 'upload' } },
  )
