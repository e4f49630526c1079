/** Answers that are not answers: unreadable input, injected instructions, out of scope. */
import type { Lang } from '../../domain/types.ts';
import { messagesFor } from '../../messages/index.ts';
import { MAX_QUESTION_CHARS, type InputProblem } from '../../text/normalise.ts';
import { plain, type Draft, type RouteContext } from './context.ts';

export function inputProblem(problem: InputProblem, lang: Lang, context: RouteContext): Draft {
  const m = messagesFor(lang);
  if (problem === 'empty') return plain('out_of_scope', m.help(context.knowledge.office), lang);
  return plain('refused', problem === 'too_long' ? m.tooLong(MAX_QUESTION_CHARS) : m.binary, lang);
}

/** `officialDocument`: a certificate or notice was asked for, which only its issuer can write. */
export function refused(lang: Lang, context: RouteContext, officialDocument = false): Draft {
  const m = messagesFor(lang);
  const office = context.knowledge.office;
  return plain('refused', officialDocument ? m.refusedDocument(office) : m.refused(office), lang);
}

export function outOfScope(lang: Lang, context: RouteContext): Draft {
  return plain('out_of_scope', messagesFor(lang).outOfScope(context.knowledge.office), lang);
}
