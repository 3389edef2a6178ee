'use client'

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import React, { useEffect, useRef } from 'react'

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
)

/**
 * One chart of the statistics view (chart.js, loaded only by the admin, never by public pages):
 * a line of visits per day or bars of a ranking. The figures are also in the view's tables.
 */
export function VisitChart(props: {
  kind: 'line' | 'bar'
  label: string
  labels: string[]
  values: number[]
  horizontal?: boolean
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const { kind, label, labels, values, horizontal } = props
  useEffect(() => {
    if (!canvas.current) return
    const chart = new Chart(canvas.current, {
      type: kind,
      data: {
        labels,
        datasets: [{ label, data: values, backgroundColor: '#a50e0e', borderColor: '#a50e0e' }],
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 } } },
      },
    })
    return () => chart.destroy()
  }, [kind, label, labels, values, horizontal])
  const height = horizontal ? Math.max(160, labels.length * 28 + 40) : 260
  return (
    <div style={{ position: 'relative', height, marginBottom: 16 }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  )
}
