/** One labelled `<select>` of a GET filter form; the first option (`anyLabel`) means no filter. */
export function FilterSelect({
  id,
  name,
  label,
  value,
  options,
  anyLabel = 'Tất cả',
}: {
  id: string
  name: string
  label: string
  value: string
  options: { value: string; label: string }[]
  anyLabel?: string
}) {
  return (
    <div>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}
