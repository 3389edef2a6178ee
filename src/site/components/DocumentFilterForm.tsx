import { documentTypeLabels } from '../../documents/documentTypeLabels'
import { documentTypes } from '../../documents/documentAbbreviations'
import type { DocumentFilters } from '../../documents/documentFilters'

/** The filters of /van-ban: a plain GET form, usable without JavaScript. */
export function DocumentFilterForm({
  filters,
  facets,
  action,
}: {
  filters: DocumentFilters
  facets: { issuers: string[]; fields: string[]; years: number[] }
  action: string
}) {
  return (
    <form
      className="search-filters"
      role="search"
      aria-label="Lọc văn bản"
      action={action}
      method="get"
    >
      <div className="search-filters__query">
        <label htmlFor="van-ban-q">Số, ký hiệu hoặc trích yếu</label>
        <input
          id="van-ban-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          maxLength={200}
          placeholder="Ví dụ: 15-NQ/TU, chuyển đổi số…"
        />
      </div>
      <div>
        <label htmlFor="van-ban-loai">Loại văn bản</label>
        <select id="van-ban-loai" name="loai" defaultValue={filters.loai ?? ''}>
          <option value="">Tất cả</option>
          {documentTypes.map((t) => (
            <option key={t} value={t}>
              {documentTypeLabels[t]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="van-ban-co-quan">Cơ quan ban hành</label>
        <select id="van-ban-co-quan" name="co-quan" defaultValue={filters.coQuan ?? ''}>
          <option value="">Tất cả</option>
          {facets.issuers.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="van-ban-nam">Năm ban hành</label>
        <select id="van-ban-nam" name="nam" defaultValue={filters.nam ? String(filters.nam) : ''}>
          <option value="">Tất cả</option>
          {facets.years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="van-ban-linh-vuc">Lĩnh vực</label>
        <select id="van-ban-linh-vuc" name="linh-vuc" defaultValue={filters.linhVuc ?? ''}>
          <option value="">Tất cả</option>
          {facets.fields.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="van-ban-hieu-luc">Tình trạng</label>
        <select id="van-ban-hieu-luc" name="hieu-luc" defaultValue={filters.hieuLuc ?? ''}>
          <option value="">Tất cả</option>
          <option value="con">Còn hiệu lực</option>
          <option value="het">Hết hiệu lực</option>
        </select>
      </div>
      <div>
        <button type="submit">Lọc</button>
      </div>
    </form>
  )
}
