import React from 'react'

import type { StaffSite } from '../staffSites'
import { addDays, localDayKey, monthStartKey } from '../visitDay'

/** The period picker: two dates, the site (when the user has several), and quick choices. */
export function PeriodForm(props: { sites: StaffSite[]; site: number; from: string; to: string }) {
  const today = localDayKey(new Date())
  const quick = [
    { label: '7 ngày', from: addDays(today, -6) },
    { label: '30 ngày', from: addDays(today, -29) },
    { label: 'Tháng này', from: monthStartKey(today) },
    { label: '12 tháng', from: addDays(today, -364) },
  ]
  return (
    <form method="get" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}>
      <label>
        Từ ngày <input type="date" name="from" defaultValue={props.from} required />
      </label>
      <label>
        Đến ngày <input type="date" name="to" defaultValue={props.to} required />
      </label>
      {props.sites.length > 1 ? (
        <label>
          Trang đơn vị{' '}
          <select name="site" defaultValue={String(props.site)}>
            {props.sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="btn btn--style-primary btn--size-small">
        Xem
      </button>
      <span>
        {quick.map((q) => (
          <a
            key={q.label}
            href={`?from=${q.from}&to=${today}&site=${props.site}`}
            style={{ marginRight: 12 }}
          >
            {q.label}
          </a>
        ))}
      </span>
    </form>
  )
}
