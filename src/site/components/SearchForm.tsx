/** A plain GET form to /tim-kiem: works without JavaScript. */
export function SearchForm({
  id = 'tim-kiem',
  defaultValue = '',
  name = 'Tìm kiếm',
}: {
  id?: string
  defaultValue?: string
  /** Distinguishes several search landmarks on one page. */
  name?: string
}) {
  return (
    <form className="search-form" role="search" aria-label={name} action="/tim-kiem" method="get">
      <label htmlFor={id} className="visually-hidden">
        Tìm kiếm tin bài
      </label>
      <input
        id={id}
        type="search"
        name="q"
        defaultValue={defaultValue}
        placeholder="Tìm kiếm…"
        maxLength={200}
      />
      <button type="submit">Tìm</button>
    </form>
  )
}
