import { APIError, type CollectionBeforeValidateHook } from 'payload'

import { globalRoles, siteRows } from '../../sites/siteRoles'

/**
 * A new account named without roles is a reporter on every site, as before sites existed, unless
 * it is given roles on some sites: then it holds those only (a commune's staff must not become
 * province staff by omission). An account must hold some role somewhere.
 */
export const defaultRoles: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
}) => {
  if (!data) return data
  if (operation === 'create' && data.roles === undefined)
    data.roles = data.sites?.length ? [] : ['reporter']
  const merged = {
    roles: data.roles ?? originalDoc?.roles,
    sites: data.sites ?? originalDoc?.sites,
  }
  if (!globalRoles(merged).length && !siteRows(merged).length)
    throw new APIError(
      'Tài khoản cần ít nhất một vai trò: trên mọi trang, hoặc trên một trang đơn vị.',
      400,
      null,
      true,
    )
  return data
}
