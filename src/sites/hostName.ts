/** A Host header or domain as stored: lower case, no port, no trailing dot. */
export function hostName(value: string | null | undefined): string {
  const host = (value ?? '').trim().toLowerCase()
  const withoutPort = host.startsWith('[')
    ? host.slice(0, host.indexOf(']') + 1)
    : host.split(':')[0]
  return withoutPort.replace(/\.$/, '')
}
