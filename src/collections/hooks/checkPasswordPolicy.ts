import {
  ValidationError,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
} from 'payload'

import { passwordProblem } from '../../accounts/passwordPolicy'

/** A new or changed password must be long and uncommon, on every path that sets one. */
export const checkPasswordPolicy: CollectionBeforeValidateHook = async ({ data, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string') return data
  const problem = await passwordProblem(password)
  if (problem)
    throw new ValidationError(
      { collection: 'users', errors: [{ message: problem, path: 'password' }] },
      req.t,
    )
  return data
}

/** The same rule for a password chosen through the "Quên mật khẩu" link (no change hook runs). */
export const checkResetPasswordPolicy: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (operation === 'resetPassword') await checkPasswordPolicy({ data: args.data, req } as never)
  return args
}
