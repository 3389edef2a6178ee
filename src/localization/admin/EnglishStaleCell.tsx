import React from 'react'

/** List cell of `englishStale`: the warning in words where it applies, nothing elsewhere. */
export const EnglishStaleCell: React.FC<{ cellData?: unknown }> = ({ cellData }) =>
  cellData === true ? <span>Bản tiếng Anh cũ hơn</span> : <span aria-label="Không">—</span>
