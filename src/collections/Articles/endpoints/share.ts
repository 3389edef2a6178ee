import { jsonEndpoint } from '../../../lib/jsonEndpoint'
import { proposeArticle } from '../../../sites/sharing/proposeArticle'
import { shareArticle, unshareArticle } from '../../../sites/sharing/shareArticle'

/** POST /api/articles/{id}/share { sites: [id|slug…] | "all-children" } → 200 { alsoOn, added, removed } */
export const shareEndpoint = jsonEndpoint('/:id/share', (req, body) =>
  shareArticle({ req, id: req.routeParams?.id, sites: body.sites }),
)

/** POST /api/articles/{id}/unshare { sites: [id|slug…] | "all" } → 200 { alsoOn, added, removed } */
export const unshareEndpoint = jsonEndpoint('/:id/unshare', (req, body) =>
  unshareArticle({ req, id: req.routeParams?.id, sites: body.sites }),
)

/** POST /api/articles/{id}/propose { site?: id|slug, note? } → 201 the share-proposals row */
export const proposeEndpoint = jsonEndpoint(
  '/:id/propose',
  (req, body) => proposeArticle({ req, id: req.routeParams?.id, site: body.site, note: body.note }),
  201,
)
