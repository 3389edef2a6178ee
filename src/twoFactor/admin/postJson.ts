/** POST JSON to the portal's API; the Vietnamese message and the two-factor reason on refusal. */
export async function postJson<T = Record<string, unknown>>(
  path: string,
  body: Record<string, unknown>,
): Promise<{ ok: true; data: T } | { ok: false; message: string; twoFactor?: string }> {
  try {
    const res = await fetch(path, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
    const data = await res.json().catch(() => ({}))
    if (res.ok) return { ok: true, data: data as T }
    const error = (data as { errors?: { message?: string; data?: { twoFactor?: string } }[] })
      .errors?.[0]
    return {
      ok: false,
      message: error?.message || `Không thực hiện được (mã ${res.status}).`,
      twoFactor: error?.data?.twoFactor,
    }
  } catch {
    return { ok: false, message: 'Không kết nối được máy chủ. Thử lại sau.' }
  }
}
