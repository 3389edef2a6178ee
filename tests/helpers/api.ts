import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

export type ApiResponse = { status: number; body: any; headers: Headers }

/**
 * Calls Payload's REST API in-process through the same handler the Next route uses
 * (src/app/(payload)/api/[...slug]/route.ts), so access rules, hooks and endpoints are real.
 */
export async function rest(
  payload: Payload,
  method: string,
  path: string,
  opts: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers = new Headers(opts.headers)
  if (opts.body !== undefined) headers.set('Content-Type', 'application/json')
  if (opts.token) headers.set('Authorization', `JWT ${opts.token}`)
  const request = new Request(`http://localhost:3000${path}`, {
    method,
    headers,
    body:
      opts.body === undefined
        ? undefined
        : typeof opts.body === 'string'
          ? opts.body
          : JSON.stringify(opts.body),
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers }
}

/** Runs a GraphQL operation through Payload's GraphQL route handler. */
export async function graphql(
  payload: Payload,
  query: string,
  opts: {
    variables?: Record<string, unknown>
    token?: string
    headers?: Record<string, string>
  } = {},
): Promise<ApiResponse> {
  const headers = new Headers({ 'Content-Type': 'application/json', ...opts.headers })
  if (opts.token) headers.set('Authorization', `JWT ${opts.token}`)
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables: opts.variables }),
  })
  const response = await GRAPHQL_POST(payload.config)(request)
  return { status: response.status, body: await response.json(), headers: response.headers }
}

export async function login(payload: Payload, email: string, password: string): Promise<string> {
  const res = await rest(payload, 'POST', '/api/users/login', { body: { email, password } })
  if (res.status !== 200)
    throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token
}

/** A multipart upload (`file` + `_payload` JSON), as the admin's upload form sends it. */
export async function upload(
  payload: Payload,
  path: string,
  file: { name: string; type: string; data: Uint8Array<ArrayBuffer> },
  data: Record<string, unknown>,
  opts: { token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const form = new FormData()
  form.append('file', new Blob([file.data], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(data))
  const headers = new Headers(opts.headers)
  if (opts.token) headers.set('Authorization', `JWT ${opts.token}`)
  const request = new Request(`http://localhost:3000${path}`, {
    method: 'POST',
    headers,
    body: form,
  })
  const response = await handleEndpoints({ config: payload.config, request })
  const text = await response.text()
  let body: unknown = text
  try {
    body = text ? JSON.parse(text) : null
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers }
}
