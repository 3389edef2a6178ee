'use client'

import { createContext, useContext } from 'react'

/**
 * The site's base path ('' or '/don-vi/{slug}') for client components and for the 404 and error
 * pages, which get no route params: the layout provides it, they read it.
 */
const BasePathContext = createContext('')

export function BasePathProvider({
  value,
  children,
}: {
  value: string
  children: React.ReactNode
}) {
  return <BasePathContext.Provider value={value}>{children}</BasePathContext.Provider>
}

export const useBasePath = () => useContext(BasePathContext)

/** A path on the current site, as the reader reached it. */
export const useSitePath = () => {
  const base = useBasePath()
  return (path: string) => (path === '/' ? base || '/' : `${base}${path}`)
}
