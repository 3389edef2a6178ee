export const ROLES = ['admin', 'editor-in-chief', 'editor', 'reporter', 'moderator'] as const
export type Role = (typeof ROLES)[number]

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị viên', en: 'Administrator' },
  'editor-in-chief': { vi: 'Tổng biên tập', en: 'Editor-in-chief' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  reporter: { vi: 'Phóng viên', en: 'Reporter' },
  moderator: { vi: 'Kiểm duyệt viên', en: 'Moderator' },
}

type MaybeUser = { roles?: string[] | null } | null | undefined

export function hasRole(user: MaybeUser, ...roles: Role[]): boolean {
  return Boolean(user?.roles?.some((r) => (roles as string[]).includes(r)))
}

/** Roles that write and edit articles (the editorial board). */
export const WRITER_ROLES: Role[] = ['admin', 'editor-in-chief', 'editor', 'reporter']
