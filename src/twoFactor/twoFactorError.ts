import { APIError } from 'payload'

export type TwoFactorReason = 'code-needed' | 'wrong-code' | 'locked' | 'setup-needed'

/**
 * A sign-in refused for its second factor: the status and Vietnamese message for people, and
 * `data.twoFactor` (the reason) for the login form and API callers.
 */
export class TwoFactorError extends APIError {
  reason: TwoFactorReason
  /** Whose sign-in it was (for counting wrong codes); not part of the response. */
  userId: number | string
  constructor(reason: TwoFactorReason, message: string, status: number, userId: number | string) {
    super(message, status, { twoFactor: reason }, true)
    this.name = 'TwoFactorError'
    this.reason = reason
    this.userId = userId
  }
}

/** By name: the error may come from another copy of this module (Next's server bundles). */
export const isTwoFactorError = (error: unknown): error is TwoFactorError =>
  error instanceof Error && error.name === 'TwoFactorError'
