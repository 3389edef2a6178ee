import type { Validity } from '../../documents/computeValidity'
import { documentTypeLabels } from '../../documents/documentTypeLabels'
import { formatDay } from '../documentLinks'
import type { PublicDocument } from '../documentQueries'

/** The metadata table Decree 42/2022 asks for, in the order readers of Party portals know. */
export function DocumentMeta({ doc, validity }: { doc: PublicDocument; validity: Validity }) {
  const rows: [string, React.ReactNode][] = [
    ['Số/Ký hiệu', doc.code],
    ['Loại văn bản', doc.type ? documentTypeLabels[doc.type] : ''],
    ['Cơ quan ban hành', doc.issuer ?? ''],
    ['Người ký', doc.signer ?? ''],
    ['Ngày ban hành', formatDay(doc.issuedAt)],
    ['Ngày hiệu lực', formatDay(doc.effectiveAt)],
    ['Ngày hết hiệu lực', formatDay(doc.expiresAt)],
    ['Trích yếu', doc.title],
    ['Lĩnh vực', doc.field ?? ''],
    [
      'Tình trạng',
      <span key="v" className={`validity validity--${validity.status}`}>
        {validity.label}
      </span>,
    ],
  ]
  return (
    <table className="document-meta">
      <caption className="visually-hidden">Thông tin văn bản</caption>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
