import React from 'react'

type Props = {
  id: string
  label: string
  type?: string
  value: string
  onChange: (value: string) => void
  autoComplete?: string
  inputMode?: 'numeric' | 'text'
  autoFocus?: boolean
}

/** One input in the look of Payload's own fields (its CSS classes), for the forms of this folder. */
export function Field({ id, label, type = 'text', value, onChange, ...rest }: Props) {
  return (
    <div className={`field-type ${type === 'password' ? 'password' : 'text'}`}>
      <label className="field-label" htmlFor={`field-${id}`}>
        {label}
      </label>
      <div className="field-type__wrap">
        <input
          id={`field-${id}`}
          name={id}
          type={type}
          value={value}
          required
          onChange={(e) => onChange(e.target.value)}
          {...rest}
        />
      </div>
    </div>
  )
}
