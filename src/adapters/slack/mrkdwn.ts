/**
 * Text for Slack mrkdwn. Slack treats `<...>` as links and mentions (`<!channel>`, `<@U1>`)
 * and `&` as the escape character: escaping those three makes any text inert. Student text is
 * also stripped of formatting marks so a question cannot restyle a case card.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function inertStudentText(text: string): string {
  return escapeMrkdwn(text).replace(/[*_~`]/g, (mark) => `\u200B${mark}\u200B`);
}

/** Splits text at paragraph, then line, boundaries into pieces of at most `limit` characters. */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const paragraph of text.split(/(?<=\n\n)/)) {
    for (const line of paragraph.length > limit ? paragraph.split(/(?<=\n)/) : [paragraph]) {
      let rest = line;
      while (rest.length > limit) {
        if (current) {
          pieces.push(current);
          current = '';
        }
        pieces.push(rest.slice(0, limit));
        rest = rest.slice(limit);
      }
      if (current.length + rest.length > limit) {
        pieces.push(current);
        current = '';
      }
      current += rest;
    }
  }
  if (current.trim()) pieces.push(current);
  return pieces.map((piece) => piece.trim()).filter(Boolean);
}
