import type { AfterErrorHook } from 'payload'

import { recordAudit } from '../audit/recordAudit'
import { isTwoFactorError } from './twoFactorError'
import { loadTwoFactor, saveTwoFactor } from './twoFactorState'

export const MAX_CODE_ATTEMPTS = 5
export const CODE_LOCK_MINUTES = 15

/**
 * A wrong code is counted here, after the sign-in's transaction was rolled back (a count written
 * inside it would be rolled back too). Five in a row lock the second step for 15 minutes: six
 * digits cannot be guessed at that rate. Each is a failed sign-in in the audit log.
 */
export const countFailedCode: AfterErrorHook = async ({ error, req }) => {
  if (!isTwoFactorError(error) || error.reason !== 'wrong-code') return
  const { payload } = req
  const { user, state } = await loadTwoFactor(payload, error.userId)
  const failures = state.failures + 1
  const locks = failures >= MAX_CODE_ATTEMPTS
  const lockedUntil = locks ? new Date(Date.now() + CODE_LOCK_MINUTES * 60_000).toISOString() : null
  await saveTwoFactor(payload, error.userId, {
    ...state,
    failures: locks ? 0 : failures,
    lockedUntil: lockedUntil ?? state.lockedUntil,
  })
  const detached = { ...req, transactionID: undefined } as typeof req
  const entry = { user, target: `users:${user.id}` }
  await recordAudit(detached, { action: 'login-failed', ...entry })
  if (locks) await recordAudit(detached, { action: 'lockout', ...entry })
}
