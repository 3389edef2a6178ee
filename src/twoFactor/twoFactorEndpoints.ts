import { APIError, type Endpoint, type PayloadHandler, type PayloadRequest } from 'payload'

import { errorResponse } from '../lib/errorResponse'
import { hasRoleAnywhere } from '../sites/siteRoles'
import { confirmEnrolment, disableTwoFactor, resetTwoFactor, startEnrolment } from './enrolment'
import { verifyPassword } from './verifyPassword'

type Body = { email?: unknown; password?: unknown; code?: unknown }

/** JSON body, then the step; APIErrors become `{ errors: [{ message }] }` with their status. */
const adapter =
  (step: (req: PayloadRequest, body: Body) => Promise<unknown>): PayloadHandler =>
  async (req) => {
    let body: Body
    try {
      body = ((await req.json?.()) ?? {}) as Body
    } catch {
      return errorResponse(400, 'Dữ liệu gửi lên không phải JSON hợp lệ.')
    }
    try {
      return Response.json((await step(req, body ?? {})) ?? { ok: true })
    } catch (error) {
      if (error instanceof APIError) return errorResponse(error.status, error.message)
      throw error
    }
  }

/** The signed-in person, or (first enrolment, before any session) the email and password. */
const whoEnrols = async (req: PayloadRequest, body: Body) =>
  req.user ?? verifyPassword(req.payload, body.email, body.password)

const signedIn = (req: PayloadRequest) => {
  if (!req.user) throw new APIError('Bạn cần đăng nhập.', 401, undefined, true)
  return req.user
}

/**
 * POST /api/users/two-factor/setup → { secret, otpauthUrl, qr } · …/enable { code } →
 * { recoveryCodes } · …/disable { code } · POST /api/users/{id}/two-factor/reset (admins).
 * Setup and enable also take { email, password } instead of a session: a role that requires
 * two-factor sign-in gets no session before it is set up.
 */
export const twoFactorEndpoints: Endpoint[] = [
  {
    path: '/two-factor/setup',
    method: 'post',
    handler: adapter(async (req, body) => startEnrolment(req, await whoEnrols(req, body))),
  },
  {
    path: '/two-factor/enable',
    method: 'post',
    handler: adapter(async (req, body) =>
      confirmEnrolment(req, await whoEnrols(req, body), body.code),
    ),
  },
  {
    path: '/two-factor/disable',
    method: 'post',
    handler: adapter(async (req, body) => disableTwoFactor(req, signedIn(req), body.code)),
  },
  {
    path: '/:id/two-factor/reset',
    method: 'post',
    handler: adapter(async (req) => {
      if (!hasRoleAnywhere(signedIn(req), 'admin')) {
        throw new APIError('Chỉ quản trị viên được đặt lại xác thực hai lớp.', 403, undefined, true)
      }
      await resetTwoFactor(req, String(req.routeParams?.id))
    }),
  },
]
