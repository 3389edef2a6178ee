import type { Payload } from 'payload'
import React from 'react'

import { STATES, stateLabels } from '../states'

/** Above the articles list: how many articles are in each state, each a filter link. */
export async function StateCounts({ payload }: { payload: Payload }) {
  const counts = await Promise.all(
    STATES.map(async (state) => ({
      state,
      total: (
        await payload.count({ collection: 'articles', where: { workflowState: { equals: state } } })
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
