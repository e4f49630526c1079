/** What `desk` takes: printed for `desk help`, an unknown command and an unknown option. */
import { PARTNER_SHEET_USAGE } from '../adapters/cli/partner-sheet-usage.ts';

export const USAGE = `Usage: desk <command>

  ask [--json|--full] "QUESTION"   answer one question (--full: the whole answer, not the first message)
  ask --json --batch FILE.jsonl    answer one {"id","question"} per line
  chat                             a conversation in the terminal
  start                            serve when a channel is configured, else chat
  serve                            start the configured chat channels and the delivery worker
  index                            (re)build the search index under DATA_DIR
  knowledge check                  validate knowledge/ and print counts
  knowledge coverage [--json]      list every fact of the seeds that no passage carries
  knowledge export --json          print every curated record
${PARTNER_SHEET_USAGE}
  knowledge drafts                 list draft FAQ entries made from resolved cases
  knowledge promote ID             move a complete draft into faq.yaml
  cases list|show|claim|reply|resolve|reopen   work handover cases (desk cases for details)
  feedback ANSWER_ID helpful|not-helpful
  staff add EMAIL [--password-stdin]   a staff console account (prints a one-time sign-in link)
  stats [--since DATE] [--json]    usage, handovers, feedback, reply times
  worker [--once]                  deliver pending staff notifications
  discord register                 publish the /ask slash command (guild-scoped with DISCORD_GUILD_ID)
  doctor                           check the settings, knowledge, store and every configured endpoint
  eval [--cases PATH] [--kind KIND] [--out DIR] [--compare OLD.json]   run the eval set
`;
