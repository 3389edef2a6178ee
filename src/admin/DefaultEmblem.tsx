import React from 'react'

/** The committed default logo: a yellow star on red, drawn inline (no file, no request). */
export function DefaultEmblem({ size }: { size: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 64 64"
      role="img"
      aria-hidden="true"
      className="portal-emblem"
    >
      <circle cx="32" cy="32" r="31" fill="#c8102e" />
      <polygon
        fill="#ffcd00"
        points="32,10 38.5,26 55,26 41.5,36 46.5,52 32,42 17.5,52 22.5,36 9,26 25.5,26"
      />
    </svg>
  )
}
