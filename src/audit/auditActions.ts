/** What the audit log records (DESIGN.md, "Security hardening"), with the admin's labels. */
export const auditActionLabels = {
  login: 'Đăng nhập',
  'login-failed': 'Đăng nhập sai',
  lockout: 'Khóa tài khoản tạm thời',
  logout: 'Đăng xuất',
  'two-factor-on': 'Bật xác thực hai lớp',
  'two-factor-off': 'Tắt xác thực hai lớp',
  'role-change': 'Đổi vai trò, quyền',
  publish: 'Xuất bản',
  unpublish: 'Gỡ xuất bản',
  'comment-approve': 'Duyệt bình luận',
  'comment-reject': 'Từ chối bình luận',
  backup: 'Sao lưu',
  restore: 'Khôi phục',
} as const

export type AuditAction = keyof typeof auditActionLabels

export const auditActions = Object.keys(auditActionLabels) as AuditAction[]
