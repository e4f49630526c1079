/**
 * Attempts to change the assistant's instructions or to read them: checked on students'
 * messages, and on retrieved passages in model mode (an instruction there is not a source).
 */
const INJECTION =
  /開発者モード|管理者モード|デバッグモード|【(管理者|システム|運営|開発者)[^】]*】|^\s*(system|admin|administrator|developer|assistant)\s*:|\bnew (policy|instructions?|rules?)\b|repeat (everything|all|the text|the words) (above|before)|above this line|hidden (rules|instructions|prompt)|(list|show|print|output) (me )?your (instructions|rules|prompt|configuration)|\.env\b|api[_ ]?key|secret key|say exactly|repeat after me|(と|って)(答えて|言って|回答して|書いて)(ください|下さい|ね|よ)?|そう伝えて|(ルール|指示|制約|設定)(は|を)?(全部|すべて|全て)?無視|(何でも|なんでも)答えるAI|あなたは今から|今からあなたは|保証して|ignore (all |any |your |the |previous |prior |above |earlier )*(instructions|rules|prompts?|guidelines|directions)|disregard (all |any |your |the |previous )*(instructions|rules|prompts?)|forget (all |your |the )*(instructions|rules)|(system|developer|hidden|initial) (prompt|message|instructions)|reveal (your|the) (prompt|instructions|rules)|what are your (instructions|rules)|jailbreak|\bdan mode\b|developer mode|pretend (you are|to be|that)|from now on,? (you|say|answer)|you are now|(指示|命令|ルール|設定|制約)を(すべて|全て)?(無視|忘れ)|システムプロンプト|プロンプトを(教え|見せ|表示|出力)|(あなたの|君の)(指示|設定|ルール)を(教え|見せ)|脱獄|これまでの指示/i;

/** Whether a text tries to instruct the assistant (user messages, and retrieved passages in model mode). */
export function looksLikeInjection(text: string): boolean {
  return INJECTION.test(text);
}
