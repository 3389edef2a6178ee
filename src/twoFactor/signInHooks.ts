import type { CollectionAfterOperationHook, CollectionBeforeLoginHook } from 'payload'

import { checkSecondFactor } from './checkSecondFactor'
import { isTwoFactorRequired } from './requiredRoles'
import { loadTwoFactor } from './twoFactorState'

/** Thrown once the password is known to be right, by a sign-in that only checks it. */
export class PasswordVerified extends Error {
  constructor(readonly user: { id: number | string; email?: string | null }) {
    super('password verified')
    this.name = 'PasswordVerified'
  }
}

/**
 * `verifyPassword` signs in with this flag to check a password with Payload's own rules (hash,
 * lockout after failed attempts) and stops here: the sign-in is rolled back, no session is made.
 */
export const stopWhenOnlyVerifying: CollectionBeforeLoginHook = ({ req, user }) => {
  if (req.context.verifyPasswordOnly) throw new PasswordVerified(user)
  return user
}

/**
 * The second step of every sign-in, REST, GraphQL and Local API alike: no session without the
 * code (it throws inside the sign-in's transaction, so Payload revokes the session it made).
 * A password reset still works for a two-factor account but signs no one in: the token is
 * dropped and the person signs in with the new password and a code.
 */
export const requireSecondFactor: CollectionAfterOperationHook<'users'> = async (args) => {
  const { operation, req } = args
  const result = args.result as { user?: { id: number | string } } | undefined
  if (!result?.user) return args.result
  if (operation === 'login') await checkSecondFactor(req, result.user.id)
  if (operation === 'resetPassword') {
    const { user, state } = await loadTwoFactor(req.payload, result.user.id, req)
    if (state.enabled || isTwoFactorRequired(user)) return { ...result, token: undefined } as never
  }
  return args.result
}
