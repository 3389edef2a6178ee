import { documentTypeLabels } from '../../documents/documentTypeLabels'
import { documentTypes } from '../../documents/documentAbbreviations'
import type { DocumentFilters } from '../../documents/documentFilters'
import { validityFilterOptions } from '../../documents/validityFilterOptions'
import { FilterSelect } from './FilterSelect'

const asOptions = (values: string[]) => values.map((v) => ({ value: v, label: v }))

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
      <FilterSelect
        id="van-ban-loai"
        name="loai"
        label="Loại văn bản"
        value={filters.loai ?? ''}
        options={documentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
      />
      <FilterSelect
        id="van-ban-co-quan"
        name="co-quan"
        label="Cơ quan ban hành"
        value={filters.coQuan ?? ''}
        options={asOptions(facets.issuers)}
      />
      <FilterSelect
        id="van-ban-nam"
        name="nam"
        label="Năm ban hành"
        value={filters.nam ? String(filters.nam) : ''}
        options={asOptions(facets.years.map(String))}
      />
      <FilterSelect
        id="van-ban-linh-vuc"
        name="linh-vuc"
        label="Lĩnh vực"
        value={filters.linhVuc ?? ''}
        options={asOptions(facets.fields)}
      />
      <FilterSelect
        id="van-ban-hieu-luc"
        name="hieu-luc"
        label="Tình trạng"
        value={filters.hieuLuc ?? ''}
        options={validityFilterOptions}
      />
      <div>
        <button type="submit">Lọc</button>
      </div>
    </form>
  )
}
