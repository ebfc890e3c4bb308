import { defineContext } from '../define';

/**
 * What lowers every English rule: negation right before the match, and messages that report,
 * warn about or quote a tactic rather than use it (news, NGO alerts, genuine notices that say
 * what an embassy never asks). The framing words are phrases, not single words: fake police
 * also say "investigation" and "according to the regulations", and a scammer may write "this
 * is not a scam", so none of those alone may lower a message.
 */
export default defineContext(
  'en',
  [
    {
      pattern: /\b(?:not|never|don't|dont|do not|didn't|did not|won't|will not|no one|nobody|nor)\b/iu,
      within: 6,
      side: 'before',
      factor: 0.25,
      reason: 'negated',
    },
    {
      pattern:
        /\b(?:(?:(?:do|does|did|will|would|should) not|don'?t|doesn'?t|won'?t|not|never) (?:need|have|required|necessary|obliged|asked|expected)(?: to)?|no need(?: for you)? to|(?:is|are) not (?:required|necessary|needed)(?: to)?|(?:is|are) no longer (?:required|needed)(?: to)?)\b/iu,
      within: 6,
      side: 'before',
      factor: 0.25,
      reason: 'says it is not needed',
    },
    {
      pattern:
        /(?:^|\n)\W{0,3}news\b|\b(?:news:|news reports?|(?:in|on) the news|news (?:article|story|agency|outlet|site)|(?:bbc|rfa|voa|cnn|guardian|reuters|ap) news|breaking|(?:a |the |our )?new report|full report|(?:read|see|download) (?:the |our )?(?:full )?report|report (?:says|finds|found|shows|documents)|(?:a |new |an? (?:bbc|guardian|reuters|ap|rfa|joint|media|journalistic) )investigation (?:into|by|found|finds|shows)|investigation (?:by|found|finds|shows)|according to (?:a |the |our )?(?:new |recent )?(?:report|study|survey|researchers?|media|sources|ngo|testimon(?:y|ies))|researchers?|journalists? (?:found|report)|(?:community|scam|fraud|security|safety) (?:warning|alert|notice)|warning:|beware|watch out for|(?<!not a )(?<!in a )(?<!in the )(?<!a )scams?(?! (?:case|ring|network|gang|investigation))|scammers|fraudsters|impersonat\w*|pretend(?:s|ing)? to be (?:from|police|an? |the )|posing as|fake (?:calls?|messages?|police|officials?|consulate|embassy)|(?:do not|don't|never) (?:press|give (?:out )?your|call back)|(?<!not )(?<!n't )(?<!dont )(?<!never )hang up|report (?:it|them|such (?:calls|messages)|this) to|never (?:calls?|asks?|requests?|contacts?)|will never (?:call|ask|request|contact)|(?:will|would) not (?:ask|call|request|contact)|won'?t (?:ask|call|request|contact) (?:you|for)|(?:please )?ignore (?:such|these|this|them)|if you (?:receive|get) (?:such|a call|a message|calls|messages|these)|(?:people|many|some|several|members|residents|uyghurs|kazakhs|students|activists|families) (?:have )?(?:got|received|reported|described|describe|were told|were asked|say they were)|(?:he|she|they) said (?:that )?(?:men|police|officials|callers)|webinar|panel discussion|reuters:|(?:reports?|reported|according to) (?:reuters|afp|ap|bbc|the guardian|rfa|radio free asia|voa)|associated press|(?:rights groups?|activists|experts|researchers|campaigners) (?:say|said|warn|warned)|(?:we|strongly) condemns?|condemns|press release|(?:joint |public )?statement(?: by| from| on|:)|harassment of|transnational repression|documentary|watch our|podcast|op-ed|research (?:from|by|shows|finds|found)|amnesty|human rights watch|hrw|safeguard defenders|uhrp|(?:families|relatives|people|many) (?:\w+ ){0,3}(?:were |have been )?told|(?:safety|security|privacy) tips?|tip from|(?:our|a|the) helpline|(?:someone|anyone|somebody|a caller|callers|people|a person|a man|a woman|scammers?) (?:\w+ )?(?:claiming|pretending|purporting) to be|claiming to be (?:from|police|an? |the )|(?:the|an|this) (?:article|report|story|piece|film|book|interview) (?:quotes|quoted|describes|cites)|quoted (?:as saying|a|an|the|one)|(?:a|one) (?:caller|officer|policeman|official|agent|voice|interrogator) (?:who )?(?:told|warned|said to) (?:her|him|them)|(?:recalls?|recalled|remembers|remembered) being told|told (?:reporters|journalists|rfa|reuters|the bbc|the guardian))\b/iu,
      factor: 0.3,
      reason: 'reported, quoted or warned about, not used',
    },
  ],
  {
    lowered: [
      'Community warning: people got calls saying "send a copy of your passport to the consulate". Do not reply.',
      'News: police on WeChat asked Uyghurs abroad to send passport copies, a new report says.',
      'Beware of fake embassy calls: they say you have an important document and ask you to press 1. Hang up.',
      'Several students were told their parents would be detained unless they returned, researchers found.',
      'The consulate will never ask for your passport number by phone. If you get such a call, report it to us.',
      'You do not need to send your passport; the new card will be posted to you.',
      'Safety tip: if someone claiming to be police asks for your ID number on WeChat, block them.',
      'The article quotes a caller who told her "your father will suffer for this".',
    ],
  },
);
