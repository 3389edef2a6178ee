import React from 'react'

/** A plain table of figures under a chart: first column text, the others numbers. */
export function FigureTable({ headers, rows }: { headers: string[]; rows: (string | number)[][] }) {
  if (!rows.length) return <p>Chưa có số liệu trong khoảng thời gian này.</p>
  return (
    <table className="table" style={{ marginBottom: 24 }}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} style={{ textAlign: 'left' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, j) => (
              <td key={j} style={j ? { textAlign: 'right' } : undefined}>
                {typeof cell === 'number' ? cell.toLocaleString('vi-VN') : cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
