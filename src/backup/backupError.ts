/** A refusal or failure to tell the operator as is (Vietnamese); the command exits non-zero. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}
