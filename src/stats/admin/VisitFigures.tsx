import type { Pool } from 'pg'
import React from 'react'

import type { StaffSite } from '../staffSites'
import { daysBetween, formatDayKey } from '../visitDay'
import {
  topArticles,
  visitsByAuthor,
  visitsByCategory,
  visitsByDay,
  visitsBySite,
} from '../visitReport'
import { FigureTable } from './FigureTable'
import { VisitChart } from './VisitChart'

type Props = { pool: Pool; site: StaffSite; from: string; to: string; perSite: boolean }

/** The figures of one site and period: charts (chart.js) with the same numbers in tables. */
export async function VisitFigures({ pool, site, from, to, perSite }: Props) {
  const p = { sites: [site.id], from, to }
  const [days, top, categories, authors, bySite] = await Promise.all([
    visitsByDay(pool, p),
    topArticles(pool, p, 10),
    visitsByCategory(pool, p),
    visitsByAuthor(pool, p),
    perSite
      ? pool
          .query<{ id: number }>('SELECT id FROM sites ORDER BY id')
          .then(({ rows }) => visitsBySite(pool, { ...p, sites: rows.map((r) => r.id) }))
      : null,
  ])
  const byDay = new Map(days.map((d) => [d.day, d.visits]))
  const allDays = daysBetween(from, to)
  const total = days.reduce((t, d) => t + d.visits, 0)
  const report = (groupBy: string) =>
    `/api/stats/report.xlsx?from=${from}&to=${to}&groupBy=${groupBy}` +
    (groupBy === 'site' ? '' : `&site=${site.id}`)
  return (
    <>
      <p data-testid="visit-total">
        {`${site.name}: ${total.toLocaleString('vi-VN')} lượt truy cập từ ${formatDayKey(from)} đến ${formatDayKey(to)}.`}
      </p>
      <p>
        Tải báo cáo Excel: <a href={report('category')}>theo chuyên mục</a> ·{' '}
        <a href={report('author')}>theo tác giả</a>
        {perSite ? (
          <>
            {' · '}
            <a href={report('site')}>theo trang đơn vị</a>
          </>
        ) : null}
      </p>
      <h2>Lượt truy cập theo ngày</h2>
      <VisitChart
        kind={allDays.length > 1 ? 'line' : 'bar'}
        label="Lượt truy cập theo ngày"
        labels={allDays.map(formatDayKey)}
        values={allDays.map((d) => byDay.get(d) ?? 0)}
      />
      <h2>Tin bài được xem nhiều nhất</h2>
      <VisitChart
        kind="bar"
        horizontal
        label="Lượt xem"
        labels={top.map((a) => a.title)}
        values={top.map((a) => a.visits)}
      />
      <h2>Theo chuyên mục</h2>
      <FigureTable
        headers={['Chuyên mục', 'Số tin bài được xem', 'Lượt xem']}
        rows={categories.map((c) => [c.category, c.articles, c.visits])}
      />
      <h2>Theo tác giả</h2>
      <FigureTable
        headers={['Tác giả', 'Số bài đã xuất bản', 'Lượt xem']}
        rows={authors.map((a) => [a.author, a.published, a.visits])}
      />
      {bySite ? (
        <>
          <h2>Theo trang đơn vị</h2>
          <VisitChart
            kind="bar"
            horizontal
            label="Lượt truy cập"
            labels={bySite.map((s) => s.site)}
            values={bySite.map((s) => s.visits)}
          />
          <FigureTable
            headers={['Trang đơn vị', 'Lượt truy cập', 'Lượt xem tin bài']}
            rows={bySite.map((s) => [s.site, s.visits, s.articleViews])}
          />
        </>
      ) : null}
    </>
  )
}
