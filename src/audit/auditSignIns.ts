import type { AfterErrorHook, CollectionAfterLoginHook, CollectionAfterLogoutHook } from 'payload'

import { recordAudit } from './recordAudit'

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(req, { action: 'login', user, target: `users:${user.id}` })
  return user
}

export const auditLogout: CollectionAfterLogoutHook = async ({ req }) => {
  if (req.user) await recordAudit(req, { action: 'logout', target: `users:${req.user.id}` })
}

const MAX_ATTEMPTS = 5

/**
 * A refused sign-in never reaches the users' hooks: Payload throws before them. Its error does
 * reach the config's afterError hooks (REST and GraphQL), after the login's transaction ended,
 * so the entry is written in a transaction of its own. The attempt that locks the account
 * (Payload's maxLoginAttempts) is also recorded as a lockout.
 */
export const auditFailedSignIn: AfterErrorHook = async ({ error, req, collection }) => {
  const name = (error as { name?: string }).name
  if (name !== 'AuthenticationError' && name !== 'LockedAuth') return
  if (collection && collection.slug !== 'users') return
  const email = String((req.data as { email?: unknown } | undefined)?.email ?? '').toLowerCase()
  const { docs } = email
    ? await req.payload.find({
        collection: 'users',
        where: { email: { equals: email } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
      })
    : { docs: [] }
  const user = docs[0] as { id: number; loginAttempts?: number; lockUntil?: string } | undefined
  const detached = { ...req, transactionID: undefined } as typeof req
  const entry = { user: user ?? null, email, target: user ? `users:${user.id}` : undefined }
  await recordAudit(detached, { action: 'login-failed', ...entry })
  const lockedNow =
    name === 'AuthenticationError' &&
    user?.lockUntil &&
    new Date(user.lockUntil) > new Date() &&
    (user.loginAttempts ?? 0) >= MAX_ATTEMPTS
  if (lockedNow) await recordAudit(detached, { action: 'lockout', ...entry })
}
