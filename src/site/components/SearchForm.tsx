/** A plain GET form to the site's /tim-kiem: works without JavaScript. */
export function SearchForm({
  id = 'tim-kiem',
  defaultValue = '',
  name = 'Tìm kiếm',
  action = '/tim-kiem',
}: {
  id?: string
  defaultValue?: string
  /** Distinguishes several search landmarks on one page. */
  name?: string
  /** The site's search page, with its /don-vi/{slug} prefix when it has one. */
  action?: string
}) {
  return (
    <form className="search-form" role="search" aria-label={name} action={action} method="get">
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
