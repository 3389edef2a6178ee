export const MIN_PASSWORD_LENGTH = 12

// A few that Vietnamese users choose and the international list does not hold.
const VIETNAMESE_COMMON = ['matkhau123456', 'matkhaucuatoi', 'vietnam123456', 'anhyeuem1234']

let common: Set<string> | null = null

/** The ~49,000 most common passwords of zxcvbn-ts (maintained), loaded on first use. */
async function commonPasswords(): Promise<Set<string>> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common')
    common = new Set([...(dictionary['passwords-common'] as string[]), ...VIETNAMESE_COMMON])
  }
  return common
}

/** Why a new password is refused (Vietnamese, for the person choosing it), or null. */
export async function passwordProblem(password: string): Promise<string | null> {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`
  if ((await commonPasswords()).has(password.toLowerCase()))
    return 'Mật khẩu này nằm trong danh sách mật khẩu phổ biến, dễ bị dò ra: hãy chọn mật khẩu khác.'
  return null
}
