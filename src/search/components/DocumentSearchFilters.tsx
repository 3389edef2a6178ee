import { documentTypes } from '../../documents/documentAbbreviations'
import { documentTypeLabels } from '../../documents/documentTypeLabels'
import { validityFilterOptions } from '../../documents/validityFilterOptions'
import { FilterSelect } from '../../site/components/FilterSelect'

export type DocumentFormValues = { q: string; type: string; year: string; validity: string }

/** The "Văn bản" tab's form: words or a code, type, year and validity; a plain GET. */
export function DocumentSearchFilters({
  values,
  basePath = '',
}: {
  values: DocumentFormValues
  basePath?: string
}) {
  return (
    <form
      className="search-filters"
      role="search"
      aria-label="Tìm văn bản"
      action={`${basePath}/tim-kiem`}
      method="get"
    >
      <input type="hidden" name="kind" value="documents" />
      <div className="search-filters__query">
        <label htmlFor="tim-van-ban-tu-khoa">Số, ký hiệu hoặc từ khóa</label>
        <input
          id="tim-van-ban-tu-khoa"
          type="search"
          name="q"
          defaultValue={values.q}
          maxLength={200}
          placeholder="Ví dụ: 15-NQ/TU, nghị quyết 15, chuyển đổi số…"
        />
      </div>
      <FilterSelect
        id="tim-van-ban-loai"
        name="type"
        label="Loại văn bản"
        anyLabel="Tất cả các loại"
        value={values.type}
        options={documentTypes.map((t) => ({ value: t, label: documentTypeLabels[t] }))}
      />
      <div>
        <label htmlFor="tim-van-ban-nam">Năm ban hành</label>
        <input
          id="tim-van-ban-nam"
          name="year"
          inputMode="numeric"
          pattern="\d{4}"
          defaultValue={values.year}
          maxLength={4}
        />
      </div>
      <FilterSelect
        id="tim-van-ban-hieu-luc"
        name="validity"
        label="Tình trạng"
        value={values.validity}
        options={validityFilterOptions}
      />
      <button type="submit">Tìm văn bản</button>
    </form>
  )
}
