import { jsonEndpoint } from '../../../lib/jsonEndpoint'
import { decideProposal } from '../../../sites/sharing/decideProposal'

/** POST /api/share-proposals/{id}/accept { note? } → 200 the proposal (status accepted) */
export const acceptEndpoint = jsonEndpoint('/:id/accept', (req, body) =>
  decideProposal({ req, id: req.routeParams?.id, decision: 'accept', note: body.note }),
)

/** POST /api/share-proposals/{id}/decline { note? } → 200 the proposal (status declined) */
export const declineEndpoint = jsonEndpoint('/:id/decline', (req, body) =>
  decideProposal({ req, id: req.routeParams?.id, decision: 'decline', note: body.note }),
)
