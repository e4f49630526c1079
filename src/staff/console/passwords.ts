/**
 * Staff passwords: argon2id (memory-hard) from @node-rs/argon2, whose prebuilt binaries ship
 * inside the npm package. Parameters are OWASP's minimum for argon2id (19 MiB, t=2, p=1).
 */
// Loaded on first use: every `desk` command imports this module, few of them hash.
const argon2 = () => import('@node-rs/argon2');

const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
export const MIN_PASSWORD_LENGTH = 12;

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, OPTIONS);
}

let dummy: Promise<string> | null = null;

/**
 * Checks a password. With no stored hash (unknown account, account not yet set up) it still
 * spends the same work on a dummy hash, so response time does not tell which emails exist.
 */
export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  const { verify } = await argon2();
  if (!stored) {
    await verify(await (dummy ??= hashPassword('not-a-real-password-0')), password).catch(
      () => false,
    );
    return false;
  }
  return verify(stored, password).catch(() => false);
}

/** Why a new password is refused, or null. */
export function passwordProblem(password: string): 'too_short' | null {
  return [...password].length < MIN_PASSWORD_LENGTH ? 'too_short' : null;
}
