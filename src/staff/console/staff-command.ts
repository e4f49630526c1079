/**
 * `desk staff add EMAIL [--password-stdin]`: a console account. Without a password it prints
 * a one-time sign-in link (valid for 72 hours) where the staff member sets one.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  INVITE_HOURS,
  normaliseEmail,
  type ConsoleRecordStore,
  type StaffAccountStore,
} from './console-store.ts';
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from './passwords.ts';

/** Where a command writes (the CLI's streams, or a buffer the local endpoint returns). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const USAGE =
  'Usage: desk staff add EMAIL [--password-stdin]   (without a password: prints a one-time sign-in link)';
const Email = z.string().trim().email();

export interface StaffCommandContext {
  accounts: StaffAccountStore;
  records: ConsoleRecordStore;
  /** Where the console is reached, e.g. http://localhost:3000 (no trailing slash). */
  consoleUrl: string;
  stdin?: string;
  now: Date;
}

export async function runStaffCommand(
  argv: string[],
  context: StaffCommandContext,
  output: Output,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'password-stdin': { type: 'boolean' } },
  });
  const [sub, rawEmail] = positionals;
  const email = Email.safeParse(rawEmail ?? '');
  if (sub !== 'add' || !email.success) {
    output.err(USAGE);
    return 2;
  }
  const address = normaliseEmail(email.data);
  if (values['password-stdin']) {
    const password = (context.stdin ?? '').replace(/\r?\n$/, '');
    if (passwordProblem(password)) {
      output.err(
        `The password needs at least ${MIN_PASSWORD_LENGTH} characters; nothing was changed.`,
      );
      return 1;
    }
    await context.accounts.setPassword(address, await hashPassword(password));
    await context.records.audit({
      actor: 'cli',
      action: 'staff_add_password',
      target: `staff:${address}`,
    });
    output.out(`${address} can sign in at ${context.consoleUrl}/staff with that password.`);
    return 0;
  }
  const token = await context.accounts.invite(address, context.now);
  await context.records.audit({
    actor: 'cli',
    action: 'staff_add_invite',
    target: `staff:${address}`,
  });
  output.out(`${address}: one-time sign-in link (valid ${INVITE_HOURS} hours; sets the password):`);
  output.out(`${context.consoleUrl}/staff/welcome?token=${token}`);
  return 0;
}
