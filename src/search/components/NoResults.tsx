import Link from 'next/link'

import type { Category } from '../../payload-types'
import { categoryPath } from '../../site/urls'
import { searchPageUrl, type SearchFormValues } from '../searchPageUrl'

/** "Không tìm thấy kết quả" with ways forward: spelling, fewer words, no filters, categories. */
export function NoResults({
  values,
  filtered,
  categories,
  basePath = '',
}: {
  basePath?: string
  values: SearchFormValues
  filtered: boolean
  categories: Category[]
}) {
  return (
    <section className="search-empty" aria-labelledby="khong-tim-thay">
      <h2 id="khong-tim-thay">Không tìm thấy kết quả</h2>
      <p>
        {values.q
          ? `Không có tin bài nào khớp với “${values.q}”.`
          : 'Không có tin bài nào trong khoảng đã chọn.'}{' '}
        Bạn có thể:
      </p>
      <ul>
        <li>
          Kiểm tra lại chính tả; gõ có dấu hay không dấu đều được (ví dụ “dang uy” tìm được “Đảng
          ủy”).
        </li>
        <li>Dùng ít từ hơn hoặc từ khóa chung hơn.</li>
        {filtered ? (
          <li>
            <a href={basePath + searchPageUrl({ ...values, category: '', from: '', to: '' })}>
              Bỏ bộ lọc chuyên mục và thời gian
            </a>
          </li>
        ) : null}
        <li>
          <Link href={`${basePath}/tim-kiem`}>Xem các tin mới nhất</Link>
          {categories.length ? ' hoặc duyệt theo chuyên mục: ' : null}
          {categories.map((c, i) => (
            <span key={c.id}>
              {i ? ', ' : null}
              <a href={basePath + categoryPath(c.slug!)}>{c.title}</a>
            </span>
          ))}
        </li>
      </ul>
    </section>
  )
}
