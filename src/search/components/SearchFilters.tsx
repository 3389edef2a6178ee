import type { Category } from '../../payload-types'
import { FilterSelect } from '../../site/components/FilterSelect'
import type { SearchFormValues } from '../searchPageUrl'

/** The search page's own form: words, category and a date range; a plain GET without JavaScript. */
export function SearchFilters({
  values,
  categories,
  basePath = '',
  subsites,
}: {
  values: SearchFormValues
  categories: Category[]
  /** The site's /don-vi/{slug} prefix, when readers came through it. */
  basePath?: string
  /** On the main site: whether to include its communes (`co-so=1`); undefined elsewhere. */
  subsites?: boolean
}) {
  return (
    <form
      className="search-filters"
      role="search"
      aria-label="Tìm kiếm nâng cao"
      action={`${basePath}/tim-kiem`}
      method="get"
    >
      <div className="search-filters__query">
        <label htmlFor="tim-kiem-tu-khoa">Từ khóa</label>
        <input
          id="tim-kiem-tu-khoa"
          type="search"
          name="q"
          defaultValue={values.q}
          maxLength={200}
          placeholder="Ví dụ: đảng ủy, chuyển đổi số…"
        />
      </div>
      <FilterSelect
        id="tim-kiem-chuyen-muc"
        name="category"
        label="Chuyên mục"
        anyLabel="Tất cả chuyên mục"
        value={values.category}
        options={categories.map((c) => ({ value: c.slug ?? '', label: c.title }))}
      />
      <div>
        <label htmlFor="tim-kiem-tu-ngay">Từ ngày</label>
        <input id="tim-kiem-tu-ngay" type="date" name="from" defaultValue={values.from} />
      </div>
      <div>
        <label htmlFor="tim-kiem-den-ngay">Đến ngày</label>
        <input id="tim-kiem-den-ngay" type="date" name="to" defaultValue={values.to} />
      </div>
      {subsites === undefined ? null : (
        <div className="search-filters__subsites">
          <label>
            <input type="checkbox" name="co-so" value="1" defaultChecked={subsites} /> Gồm tin các
            đơn vị cơ sở
          </label>
        </div>
      )}
      <button type="submit">Tìm kiếm</button>
    </form>
  )
}
