/** A plain GET form to /tim-kiem: works without JavaScript. */
export function SearchForm({ id = 'tim-kiem', defaultValue = '' }: { id?: string; defaultValue?: string }) {
  return (
    <form className="search-form" role="search" action="/tim-kiem" method="get">
      <label htmlFor={id} className="visually-hidden">
        Tìm kiếm tin bài
      </label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} placeholder="Tìm kiếm…" maxLength={200} />
      <button type="submit">Tìm</button>
    </form>
  )
}
