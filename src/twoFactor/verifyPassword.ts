import { APIError, type Payload } from 'payload'

import { PasswordVerified } from './signInHooks'

/**
 * Checks an email and password the way signing in does (failed attempts count toward the
 * lockout) without making a session: for enrolling in two-factor sign-in before the first one.
 */
export async function verifyPassword(payload: Payload, email: unknown, password: unknown) {
  if (typeof email !== 'string' || typeof password !== 'string' || !email || !password) {
    throw new APIError('Nhập email và mật khẩu.', 400, undefined, true)
  }
  try {
    await payload.login({
      collection: 'users',
      data: { email, password },
      context: { verifyPasswordOnly: true },
    })
  } catch (error) {
    if (error instanceof Error && error.name === 'PasswordVerified') {
      return (error as PasswordVerified).user
    }
    const locked = error instanceof Error && error.name === 'LockedAuth'
    throw new APIError(
      locked
        ? 'Tài khoản đang tạm khóa vì đăng nhập sai nhiều lần.'
        : 'Email hoặc mật khẩu không đúng.',
      locked ? 429 : 401,
      undefined,
      true,
    )
  }
  throw new APIError('Không kiểm tra được mật khẩu.', 500)
}
