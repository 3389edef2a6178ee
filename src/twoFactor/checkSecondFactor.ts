import type { PayloadRequest } from 'payload'

import { isTwoFactorRequired } from './requiredRoles'
import { openSecret } from './secretBox'
import { totpStepOf } from './totp'
import { spendRecoveryCode } from './recoveryCodes'
import { TwoFactorError } from './twoFactorError'
import { loadTwoFactor, saveTwoFactor } from './twoFactorState'

/** The second factor a caller sent: `code` in the login body, or the header (GraphQL). */
export function sentCode(req: PayloadRequest): string {
  const body = req.data as { code?: unknown } | undefined
  const code = typeof body?.code === 'string' ? body.code : req.headers?.get('x-two-factor-code')
  return (code ?? '').trim()
}

/**
 * Passes a signed-in user who does not use two-factor sign-in (and whose role does not require
 * it), or who sent a valid current code or an unused recovery code; throws TwoFactorError
 * otherwise. Runs inside the sign-in's transaction: what it writes commits with the session.
 */
export async function checkSecondFactor(
  req: PayloadRequest,
  userId: number | string,
): Promise<void> {
  const { user, state } = await loadTwoFactor(req.payload, userId, req)
  if (!state.enabled) {
    if (!isTwoFactorRequired(user)) return
    throw new TwoFactorError(
      'setup-needed',
      'Vai trò của bạn bắt buộc xác thực hai lớp. Hãy thiết lập bằng ứng dụng xác thực trên điện thoại trước khi đăng nhập.',
      403,
      userId,
    )
  }
  const lockedFor = state.lockedUntil ? Date.parse(state.lockedUntil) - Date.now() : 0
  if (lockedFor > 0) {
    const minutes = Math.ceil(lockedFor / 60_000)
    throw new TwoFactorError(
      'locked',
      `Nhập sai mã xác thực quá nhiều lần. Thử lại sau ${minutes} phút.`,
      429,
      userId,
    )
  }
  const code = sentCode(req)
  if (!code) {
    throw new TwoFactorError(
      'code-needed',
      'Nhập mã xác thực 6 số trên ứng dụng (hoặc một mã khôi phục).',
      401,
      userId,
    )
  }
  const secret = state.secret ? openSecret(state.secret) : null
  const step = secret ? totpStepOf(secret, code) : null
  // A code already used (seen over a shoulder, or replayed) does not sign in a second time.
  if (step !== null && step > (state.lastStep ?? -1)) {
    await saveTwoFactor(req.payload, userId, { ...state, lastStep: step, failures: 0 }, req)
    return
  }
  const left = step === null ? spendRecoveryCode(state.recoveryCodes, code) : null
  if (left) {
    await saveTwoFactor(req.payload, userId, { ...state, recoveryCodes: left, failures: 0 }, req)
    return
  }
  throw new TwoFactorError('wrong-code', 'Mã xác thực không đúng hoặc đã dùng.', 401, userId)
}
