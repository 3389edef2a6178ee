import type { Endpoint } from 'payload'

import { answerCitizenPost, readCitizenPost } from '../../comments/citizenPost'
import { postQuestion } from '../../questions/postQuestion'
import { clientAddress } from '../../visitors/clientAddress'

const BACK = /^(\/don-vi\/[a-z0-9-]+)?\/hoi-dap$/

/**
 * POST /api/questions { authorName, authorEmail?, title, content, consent: true } → 201
 * { doc: { id, status: "pending" } }; also the plain HTML form of /hoi-dap (303 back to it).
 */
export const postQuestionEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const post = await readCitizenPost(req, BACK)
    if (post instanceof Response) return post
    const result = await postQuestion({ req, body: post.body, address: clientAddress(req.headers) })
    return answerCitizenPost(result, post)
  },
}
