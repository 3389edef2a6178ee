import type { Role } from '../access/roles'

/** One account per role (DESIGN.md, "Demo accounts"). */
export const demoAccounts: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@example.org', name: 'Quản trị hệ thống', roles: ['admin'] },
  { email: 'chief@example.org', name: 'Lê Minh Quang', roles: ['editor-in-chief'] },
  { email: 'editor@example.org', name: 'Phạm Thu Hà', roles: ['editor'] },
  { email: 'reporter@example.org', name: 'Nguyễn Hoàng Nam', roles: ['reporter'] },
  { email: 'moderator@example.org', name: 'Võ Thị Lan', roles: ['moderator'] },
]
