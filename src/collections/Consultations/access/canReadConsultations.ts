import type { Access } from 'payload'

import { CONSULTATION_KEEPERS } from '../../../consultations/roles'
import { bySiteRoles } from '../../../sites/siteRoles'

/** The public (and other staff) read published consultations; the site's keepers read all of its. */
export const canReadConsultations: Access = ({ req }) =>
  bySiteRoles(req.user, (roles) =>
    roles.some((r) => CONSULTATION_KEEPERS.includes(r)) ? true : { published: { equals: true } },
  )
