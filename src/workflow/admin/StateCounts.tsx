import { getTenantFromCookie } from '@payloadcms/plugin-multi-tenant/utilities'
import { headers } from 'next/headers'
import type { Payload, TypedUser, Where } from 'payload'
import React from 'react'

import { ROLES } from '../../access/roles'
import { sitesWithRole, type SiteUser } from '../../sites/siteRoles'
import { STATES, stateLabels } from '../states'

/**
 * Above the articles list: how many articles are in each state, each a filter link. Counted as the
 * list is: with the viewer's access, on the site the switcher selects, else on the viewer's sites.
 */
export async function StateCounts({
  payload,
  user,
}: {
  payload: Payload
  user?: TypedUser | null
}) {
  const selected = getTenantFromCookie(await headers(), 'number')
  // Without a selected site, a commune's staff count their own sites: published articles of
  // every site are readable by anyone, so access alone would count the province's too.
  const own = sitesWithRole(user as SiteUser, ...ROLES)
  const onSite: Where[] = selected
    ? [{ site: { equals: selected } }]
    : own === 'all'
      ? []
      : [{ site: { in: own } }]
  const counts = await Promise.all(
    STATES.map(async (state) => ({
      state,
      total: (
        await payload.count({
          collection: 'articles',
          where: { and: [{ workflowState: { equals: state } }, ...onSite] },
          user,
          overrideAccess: false,
        })
      ).totalDocs,
    })),
  )
  return (
    <nav
      aria-label="Lọc theo trạng thái"
      style={{ display: 'flex', gap: 16, flexWrap: 'wrap', margin: '0 0 16px' }}
    >
      {counts.map(({ state, total }) => (
        <a key={state} href={`?where[workflowState][equals]=${state}`} data-state={state}>
          {stateLabels[state].vi}: <strong>{total}</strong>
        </a>
      ))}
    </nav>
  )
}
