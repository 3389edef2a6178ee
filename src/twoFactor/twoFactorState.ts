import type { Payload, PayloadRequest } from 'payload'

export type TwoFactorState = {
  enabled: boolean
  secret: string | null
  pendingSecret: string | null
  recoveryCodes: string[]
  lastStep: number | null
  failures: number
  lockedUntil: string | null
}

type Stored = Partial<{ [K in keyof TwoFactorState]: TwoFactorState[K] | null }>

/** The user and their state; in `req`'s transaction when given (a sign-in in progress). */
export async function loadTwoFactor(
  payload: Payload,
  userId: number | string,
  req?: PayloadRequest,
) {
  const user = await payload.findByID({
    req,
    collection: 'users',
    id: userId,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const stored = ((user as { twoFactor?: Stored }).twoFactor ?? {}) as Stored
  const state: TwoFactorState = {
    enabled: Boolean(stored.enabled),
    secret: stored.secret ?? null,
    pendingSecret: stored.pendingSecret ?? null,
    recoveryCodes: Array.isArray(stored.recoveryCodes) ? stored.recoveryCodes : [],
    lastStep: stored.lastStep ?? null,
    failures: stored.failures ?? 0,
    lockedUntil: stored.lockedUntil ?? null,
  }
  return { user, state }
}

/**
 * Writes the whole group; in `req`'s transaction when given. Never write a user outside the
 * transaction of a sign-in in progress: that transaction holds the user's row (deadlock).
 */
export async function saveTwoFactor(
  payload: Payload,
  userId: number | string,
  state: TwoFactorState,
  req?: PayloadRequest,
): Promise<void> {
  await payload.update({
    req,
    collection: 'users',
    id: userId,
    data: { twoFactor: state } as never,
    depth: 0,
    overrideAccess: true,
    context: { twoFactorWrite: true },
  })
}
