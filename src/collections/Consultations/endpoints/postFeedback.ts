import type { Endpoint } from 'payload'

import { answerCitizenPost, readCitizenPost } from '../../../comments/citizenPost'
import { postFeedback } from '../../../consultations/postFeedback'
import { clientAddress } from '../../../visitors/clientAddress'

const BACK = /^(\/don-vi\/[a-z0-9-]+)?\/gop-y-du-thao\/[a-z0-9-]+$/

/**
 * POST /api/consultations/{id}/feedback { authorName, authorEmail?, content, consent: true } →
 * 201 { doc: { id, status: "pending" } }; also the plain HTML form of /gop-y-du-thao/{slug}
 * (303 back to it). The pipeline is consultations/postFeedback.ts.
 */
export const postFeedbackEndpoint: Endpoint = {
  path: '/:id/feedback',
  method: 'post',
  handler: async (req) => {
    const post = await readCitizenPost(req, BACK)
    if (post instanceof Response) return post
    const body =
      post.body && typeof post.body === 'object' && !Array.isArray(post.body)
        ? { ...post.body, consultation: req.routeParams?.id }
        : post.body
    const result = await postFeedback({ req, body, address: clientAddress(req.headers) })
    return answerCitizenPost(result, post)
  },
}
