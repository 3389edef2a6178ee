/** Every JSON error the portal answers: `{ errors: [{ message }] }`, Vietnamese message, optional headers. */
export function errorResponse(status: number, message: string, headers?: HeadersInit): Response {
  return Response.json({ errors: [{ message }] }, { status, headers })
}
