import { documentTypes } from '../../documents/documentAbbreviations'
import { documentTypeLabels } from '../../documents/documentTypeLabels'

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
      <div>
        <label htmlFor="tim-van-ban-loai">Loại văn bản</label>
        <select id="tim-van-ban-loai" name="type" defaultValue={values.type}>
          <option value="">Tất cả các loại</option>
          {documentTypes.map((type) => (
            <option key={type} value={type}>
              {documentTypeLabels[type]}
            </option>
          ))}
        </select>
      </div>
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
      <div>
        <label htmlFor="tim-van-ban-hieu-luc">Tình trạng</label>
        <select id="tim-van-ban-hieu-luc" name="validity" defaultValue={values.validity}>
          <option value="">Tất cả</option>
          <option value="con">Còn hiệu lực</option>
          <option value="het">Hết hiệu lực</option>
        </select>
      </div>
      <button type="submit">Tìm văn bản</button>
    </form>
  )
}
