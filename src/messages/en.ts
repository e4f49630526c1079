/** English: every sentence a student or staff member reads (keys in messages.ts). */
import type { Messages } from './messages.ts';
import { criteriaEn, MONTHS } from './partner-criteria-en.ts';

const DAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const en = {
  lang: 'en',
  listJoin: ', ',
  sentenceEnd: '.',

  help: (office) =>
    `I answer questions about exchange study for the ${office.name.en}, for example: "Which partners accept TOEIC 450?", "What is the deadline for Lund?", "How much is the exchange scholarship?", "How many credits can be transferred?". For anything that needs a decision, I pass you to the office staff.`,
  tooLong: (limit) =>
    `That message is too long (the limit is ${limit} characters). Please send a shorter question.`,
  binary:
    "I couldn't read that message (it looks like binary data or garbled text). Please send your question as text.",
  outOfScope: (office): string => `Sorry, that is outside what I can help with. ${en.help(office)}`,
  refused: (office) =>
    `I answer only from the exchange guide and partner records of the ${office.name.en}, and I can't change my instructions or share them. Ask me anything about exchange study.`,
  refusedDocument: (office) =>
    `I can't write certificates, notices or letters: only the university or office that issues one can, and a text made to look like one must not be submitted anywhere. The ${office.name.en} can tell you how to obtain the document you need.`,
  dmSuggestion:
    'Note: your message seems to include personal information (student number, contact details, grades or health). Please continue in a direct message.',
  feedbackThanks: 'Thanks for the feedback.',
  feedbackSorry:
    'Sorry that did not help. Would you like a member of staff to follow up? (press "Talk to staff", or type /staff)',
  staffRequestPlaceholder: '(asked to talk to staff)',
  unknownAction:
    'Sorry, that button is no longer active (it may belong to an older message). Please ask your question again, or press the buttons under the latest answer.',

  handoverReason: {
    credit_transfer: 'credit recognition is decided case by case by your faculty',
    late_application: 'late or exceptional applications are a staff decision',
    selection_chances: "I can't predict selection results",
    eligibility_exception: 'exceptions to the requirements are a staff decision',
    leave_of_absence: 'a leave of absence goes through your advisor and faculty',
    financial_hardship: 'staff can talk through financial difficulties with you personally',
    visa: 'visa matters depend on the country and your situation, so staff will check',
    emergency:
      'in an emergency, first get safe and call local emergency services (police, ambulance)',
    complaint: 'staff will look into your concern personally',
    wants_person: 'I will pass you to a member of staff',
    not_found: "I couldn't find the answer to this in the office's documents",
    not_helpful: 'I will ask a member of staff to follow up',
    application_change:
      'changes to an application or plan you have already made are handled by staff',
    office_action: 'this needs a member of staff to check or act for you personally',
  },
  staffReason: {
    credit_transfer: 'credit transfer (a faculty decision)',
    late_application: 'late or exceptional application',
    selection_chances: 'asks about selection chances',
    eligibility_exception: 'exception to the requirements',
    leave_of_absence: 'leave of absence',
    financial_hardship: 'financial hardship',
    visa: 'visa',
    emergency: 'emergency',
    complaint: 'complaint',
    wants_person: 'asked for a person',
    not_found: 'not answered by the documents',
    not_helpful: 'answer was not helpful',
    application_change:
      'change to an application or plan already made (term, length, partner, withdrawal)',
    office_action: 'asks the office to check or do something (documents received, a letter)',
  },
  handedOver: (caseId, office, expectation) =>
    `I have handed this to the office (case ${caseId}). The ${office.name.en} will reply in this conversation. ${expectation}`,
  alreadyHandedOver: (caseId, office, expectation) =>
    `This conversation is already with the office as case ${caseId}, so I have added this to it rather than opening another. The ${office.name.en} will reply in this conversation. ${expectation}`,
  contactOffice: (office): string => `Please contact ${en.officeContact(office)}.`,
  officeContact: (office) =>
    `${office.name.en} (${office.place.en}, weekdays ${office.opens}–${office.closes} Japan time, ${office.email}, tel. ${office.phone})`,
  generalRule: (rule) => `For reference, the general rule:\n${rule}`,
  sourceLacks: "The office's documents do not give this answer; staff will look it up.",
  sourceSays: (text) => `What the documents say:\n${text}`,

  openNow: (hours) =>
    `The office is open now (${hours} Japan time); staff usually reply within office hours today.`,
  staffWillReply: 'Staff will reply.',
  closedOpensToday: (time) =>
    `The office is closed now; staff will pick this up after it opens at ${time} today (Japan time).`,
  nextBusinessDay: 'the next business day',
  nextBusinessDayOn: (weekday, month, day) =>
    `the next business day (${DAYS[weekday]} ${day} ${MONTHS[month]})`,
  closedUntil: (hours, when, time) =>
    `The office is closed now (open weekdays ${hours} Japan time, except public holidays and closures); expect a reply on ${when} after ${time}.`,
  closedTodayHoliday: (name) =>
    `Today is a public holiday in Japan (${name}), so the office is closed. `,
  closedTodayClosure: (name) => `The office is closed today (${name}). `,

  urgentHeading: 'Urgent contacts (at any hour):',
  urgentTwentyFourHour: (label, phone) => `・${label}: ${phone}`,
  urgentTwentyFourHourLabel: 'round-the-clock emergency line',
  urgentNoTwentyFourHour: (label) =>
    `・The office has no ${label}. Outside office hours, contact the Japanese embassy or consulate where you are first, and e-mail the office too.`,
  urgentContact: (label, ways, hours, what) =>
    `・${label}: ${ways}${hours ? ` (${hours})` : ''}\n  ${what}`,

  staleNotice: (asOf, office) =>
    `Note: these figures are from the records as of ${asOf} and may have changed since. Before applying, confirm them with the ${office.name.en} (${office.email}) or on its website.`,
  yearNotice: (year, asOf) =>
    `Note: the records hold no dates for ${year}. The dates below are those in the table as of ${asOf}, not ${year} dates.`,
  yearNotHeld: (year, asOf) =>
    `The sources hold no dates for ${year} (they are as of ${asOf}; deadlines are announced from time to time on posters and the international exchange website).`,
  passageLead: (title) => `From "${title}":\n`,

  priceNotHeld: (names) =>
    `The guide and records mention ${names.join(', ')} but do not give what it costs.`,
  notInRecords: (names, topics) =>
    `The partner records do not include ${topics.length > 0 ? topics.join(', ') : 'this'} for ${names.join(', ')}.`,
  criterionNotInRecords: (topics, office) =>
    `The partner records do not say which partners have ${topics.join(', ')}, so the list below is not narrowed by it; the ${office.name.en} can tell you.`,
  clarifyWhich: (names, more) =>
    `Which partner do you mean? The last answer listed: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}. Ask again with the university's name.`,
  campusMatter: (office) =>
    `That is a campus matter rather than an exchange one, so the ${office.name.en}'s guide does not cover it; please ask the university office in charge (for example your faculty's student affairs desk). I'm happy to answer exchange questions.`,
  falsePremise: (stated) =>
    `The figure ${stated.map((s) => `"${s}"`).join(', ')} is not what the source says. Here is what it does say:`,
  notAPartner: (name, asOf, office) =>
    `"${name}" is not in the partner table (as of ${asOf}). The table lists only partners open to all faculties, so please ask the ${office.name.en} (${office.email}) whether an agreement exists.`,
  partners: {
    all: 'all',
    criteria: criteriaEn,
    headline: (count, criteria, asOf) =>
      `${count} partner${count === 1 ? '' : 's'} ${criteria} in the partner table (as of ${asOf}):`,
    noneMatch: (criteria, asOf) =>
      `No partner in the partner table (as of ${asOf}) matches: ${criteria}.`,
    line: (index, name, country, reason) =>
      `${index + 1}. ${name} (${country})${reason ? ` — ${reason}` : ''}`,
    nearMiss: 'Near misses:',
    otherTestScored: () =>
      'Requirement stated in another test or form (whether your score counts is for the office to decide; scores are never converted here):',
    noneStated: 'No language requirement stated in the table (which does not mean there is none):',
    needsCheck: 'Needs a check with the office:',
    noVerdict: "→ Your score or GPA does not meet this partner's requirement (see below).",
    whoMayGo: (listed, faculty, level, office) => {
      const who = [
        faculty,
        level === 'graduate' ? 'graduate students' : level ? 'undergraduates' : 'students',
      ]
        .filter(Boolean)
        .join(' ');
      if (listed === 'unlimited')
        return '→ The table does not limit this partner to a faculty or level (who may go is below).';
      return listed === 'listed'
        ? `→ The table lists ${who} for this partner (who may go is below).`
        : `→ The table does not list ${who} for this partner (who may go is below); ${office.name.en} can tell you whether you can apply.`;
    },
    matchLanguageUnchecked:
      'meets what you stated (you gave no language score, so its language requirement still applies)',
    verdict: (verdict) =>
      ({
        match: 'meets the requirement',
        near_miss: 'just short',
        other_test: 'requirement stated in another test or form (the office decides)',
        none_stated: 'no language requirement stated in the table',
        excluded: 'does not meet the requirement',
      })[verdict],
    field: {
      language: 'Language',
      gpa: 'GPA',
      deadline: 'Application deadline',
      period: 'Study periods',
      slots: 'Places',
      tuition: 'Tuition',
      faculty: 'Open to',
      notes: 'Notes',
    },
    notInSource: 'Not in the source',
    compareHeadline: (fields, asOf) => `${fields.join(', ')} in the partner table (as of ${asOf}):`,
    compareGaps: 'Some points are not in the source (see the full answer).',
    facultiesUnclear: ' (the table is not clear on this; confirm with the office)',
    gapJoin: ' / ',
    reasonJoin: '; ',
    lookupTitle: (name, country, region, index) => `${name} (${country}, ${region}) [${index + 1}]`,
  },
  reasons: {
    join: '; ',
    requirement: (requirement) => `language: ${requirement}`,
    yearCondition: (condition) => `year of study: ${condition}`,
    otherTest: (requirement, label) =>
      `requires ${requirement} (whether ${label} counts is the office's call)`,
    caveats: (parts) => ` (${parts.join('; ')})`,
    preferred: 'stated as preferred',
    meets: (option, label, score) => `${option} (your ${label} ${score} meets it)`,
    alternatives: (options) => `; alternatively ${options.join(', or ')}`,
    short: (option, gap, alternatives) => `needs ${option} (${gap} short)${alternatives}`,
    sectionShort: (option) =>
      `needs ${option} (the overall score meets it; a section score does not)`,
    gpaOtherScale: (gpa) => `${gpa} (a different scale: ask the office)`,
    gpaMeets: (entry, gpa) => `${entry} (your GPA ${gpa} meets it)`,
    gpaShort: (entry, gap) => `needs ${entry} (${gap} short)`,
  },

  sourcesHeading: 'Sources:',
  asOfLabel: 'as of',
  caseLabel: 'Case',
  buttons: { helpful: 'Helpful', notHelpful: 'Not helpful', talkToStaff: 'Talk to staff' },
  moreRows: (count) => `…and ${count} more (narrow the question to see them)`,
  shortened: '…(shortened to fit Slack)',
  staffReplyHeading: (office) => `Reply from the ${office.name.en}`,
  caseSuffix: (caseId) => ` (${caseId})`,
  terminalStaffReply: (caseId, staff) => `[Reply from the office (${caseId}, ${staff})]`,
  partnerName: (names) => names.nameEn,

  staff: {
    notStaffSlack: 'Only members of the staff channel can work cases. Nothing was changed.',
    notStaffDiscord: 'Only members with the staff role can work cases. Nothing was changed.',
    nothingChanged: (reason) => `${reason} Nothing was changed.`,
    replyNotRecorded: 'The reply could not be recorded.',
    done: (caseId, action) => `${caseId}: ${{ claim: 'claimed', resolve: 'resolved' }[action]}.`,
    cardTitle: (caseId, status): string => `Handover ${caseId} — ${status}`,
    urgentPrefix: 'URGENT — ',
    cardFallback: (caseId, status, reason): string => `Handover ${caseId} (${status}): ${reason}`,
    reason: (reason): string => en.staffReason[reason],
    status: { open: 'open', claimed: 'claimed', answered: 'answered', resolved: 'resolved' },
    claim: 'Claim',
    resolve: 'Resolve',
    fields: {
      case: 'Case',
      status: 'Status',
      reason: 'Reason',
      language: 'Language',
      question: 'Question',
      assignee: 'Assignee',
      conversation: 'Conversation',
      ruleGiven: 'Rule already given',
      opened: 'Opened',
      thread: "Student's thread",
    },
    replyInThread: "reply in this card's thread to answer the student",
    studentThread: "Student's thread",
    noThreadLink: (platform) =>
      platform === 'cli'
        ? 'Asked in the terminal chat: a reply reaches it the next time the student opens desk chat.'
        : 'No link to the thread could be made; the reply still reaches the student.',
  },
  slackAsk: {
    usage:
      'Ask a question about exchange study: `/ask Which partners accept TOEIC 450?` Only you see the answer. To share it with the channel, start with `public`: `/ask public What does Lund require?`',
    askedPublicly: (user, question) => `${user} asked: ${question}`,
    notInChannel:
      'I am not a member of this channel, so I answered only you. Invite me (`/invite @exchange-desk`) to share answers here.',
  },
  reply: {
    moreMatches: (count) => `…and ${count} more in the full list`,
    groupNearMiss: (count) =>
      `${count} more partner${count === 1 ? ' is' : 's are'} just short of it`,
    groupOtherTest: (count, label) =>
      `${count} more partner${count === 1 ? ' states' : 's state'} a requirement in another test or in words (whether ${label} counts is the office's call)`,
    groupNoneStated: (count) =>
      `${count} state${count === 1 ? 's' : ''} no language requirement in the table`,
    groupNeedsCheck: (count) =>
      `${count} more partner${count === 1 ? ' needs' : 's need'} a check with the office`,
    staleShort: (asOf) =>
      `Figures as of ${asOf}; they may have changed, so confirm with the office before applying.`,
    shortened: '…',
    showAll: 'Show all',
    fullAnswerHeading: 'The full answer:',
    fullAnswerGone:
      'This full answer is no longer held (the assistant restarted). Ask the question again to see it.',
    terminalMoreHint: '(/more shows the full answer)',
    askFullHint: '(desk ask --full prints the full answer)',
    nothingMore: 'Nothing more to show: the last answer was complete.',
    followUpInDm: (caseId) =>
      `Thanks for asking. This is better talked about privately, so I have sent you a direct message${caseId ? ` (case ${caseId})` : ''}; staff will follow up with you there.`,
  },
} satisfies Messages;
