/** The "Tình trạng" filter of both document forms (/van-ban and the search page's tab). */
export const validityFilterOptions = [
  { value: 'con', label: 'Còn hiệu lực' },
  { value: 'het', label: 'Hết hiệu lực' },
]
