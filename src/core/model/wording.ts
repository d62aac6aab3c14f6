import { withoutMarkers } from './reading';
/**
 * What a goal's wording says about it, beyond its numbers: whether it promises something that is
 * done or not done (a deliverable), whether it only names a direction ("increase", "improve",
 * "continue") or an activity with no end ("investigate", "help", "support"), and whether its aim
 * is too broad to act on ("Grow ARR", "Great team", "Be the best"). Patterns are bounded.
 */

/** Owner prefixes, labels and "we will" openings, so the wording is read from its verb. */
const OPENING =
  /^\s*(?:(?:[A-Z][\w&/.+-]{0,20}\s+){0,3}(?:KRs?|OKRs?)\s*:\s*|(?:P[0-4]\s*[-–—:]\s*)?(?:@[\w.-]{1,39}\s*[-–—:]\s*)?|(?:[A-Z][\w&/.+()-]{0,20}\s+(?:(?:and|of|for|the|in|&)\s+)?){0,3}[A-Z][\w&/.+()-]{0,20}(?:\s*:\s*|\s+--\s+))?(?:(?:we|they|[A-Z][\w&'’.-]{0,30}(?:\s+[A-Z][\w&'’.-]{0,30}){0,3})\s+(?:will|shall|aim to|plan to|intend to|commit to|want to|are going to|must|need to)\s+)?(?:also\s+)?(?:(?:[Tt]ry|[Aa]ttempt|[Ss]eek|[Ss]trive|[Aa]im|[Hh]ope)\s+to\s+)?/;

/** Facilitating an event ("Facilitate the Litmus hackathon") is running it; facilitating "the exchange of ideas" is not. */
const FACILITATE_EVENT = String.raw`facilitate(?=[^.;]{0,40}\b(?:hackathons?|workshops?|sprints?|summits?|retrospectives?|offsites?|sessions?)\b)`;

/** Verbs that deliver something that is then done or not done: a deliverable, when what follows is concrete. */
const DELIVER = new RegExp(
  String.raw`^(?:${FACILITATE_EVENT}|publish|ship|launch|release|deliver|complete|finish|finali[sz]e|create|build|write|draft|document|define|design|produce|provide|implement|add|introduce|enable|switch|migrate|move|port|replace|retire|decommission|remove|deprecate|deploy|roll out|stand up|set up|setup|establish|open|close|sign|hire|recruit|appoint|onboard|train|run|hold|host|conduct|organi[sz]e|schedule|submit|merge|fix|solve|resolve|stabili[sz]e|integrate|automate|digiti[sz]e|redesign|rewrite|rebuild|refactor|decompose|extract|split|consolidate|standardi[sz]e|adopt|pilot|test|validate|certify|achieve|attain|reach|pass|win|land|secure|obtain|get|agree|decide|choose|select|approve|announce|present|share|send|assign|name|identify and agree|map|audit|assess|evaluate and implement|translate|localize|localise|upgrade|support for|cut|tag|label|archive|ban|mandate|require|fund|buy|acquire|sunset|start|begin|kick off|reserve|feature|elevate|amplify|speak|give|offer|pay|award|make\s+\w+\s+(?:available|default|public|the default|mandatory|optional))\b`,
  'i',
);

/** A result written as a state that is then true or not: "X is complete", "X exists", "Admins can force ...". */
const DONE_STATE =
  /\b(?:is|are|has been|have been|was|were|gets?|become|becomes)\s+(?:now\s+|fully\s+|all\s+|publicly\s+|clearly\s+)?(?:complete|completed|done|finished|published|launched|live|available|enabled|released|shipped|in place|established|documented|adopted|implemented|defined|agreed|signed|tracked|merged|finali[sz]ed|ready|deployed|running|supported|functional|integrated|automated|decomposed|identified|installed|operational|approved|removed|retired|migrated|measured|visible|accessible|open-sourced|stabili[sz]ed|feature complete)\b|\bexists?\b|\b(?:can|could)\s+(?:now\s+)?[a-z]{3,}|\bis (?:the default|on by default|one of)\b|\bby default\b|\bis (?:run|held|hosted|offered)\b|\b(?:has|have) (?:a|an|its|their|the|clearly) [a-z]/i;

/** "... to publish ...", "... to develop ...": a thing made for, which makes working with someone concrete. */
const TO_MAKE = String.raw`to\s+(?:develop|build|create|deliver|publish|launch|define|agree|produce|set up|establish|run|design|write)`;

/** Supporting as an aim; "Support for persistent settings" names a capability instead. */
const SUPPORT_AIM = String.raw`support(?!\s+for\s+(?!(?:our|the|all|their)\s)[a-z])`;

/** Directions and open-ended activities: without a number or an end state they measure nothing. */
const OPEN_ENDED = new RegExp(
  String.raw`^(?:create (?:more )?value|increase|increasing|decrease|reduce|reducing|lower|raise|grow|growing|boost|improve|improving|enhance|expand|extend|strengthen|accelerate|speed up|continue|continuing|keep|maintain|sustain|${SUPPORT_AIM}(?![^.;]{0,40}\b(?:exports?|imports?|file formats?|formats?|syntax|single sign-on|sso|uploads?|downloads?|encodings?)\b)|help|encourage|foster|promote|nurture|cultivate|explore|investigate|research|study|analy[sz]e|understand|learn|look at|look into|consider|work (?:closely )?with(?![^.;:]{0,60}\b${TO_MAKE}\b)|work on|work towards?|aims? to|seek to|look for|be encouraged to|collaborate(?![^.;:]{0,60}\b${TO_MAKE}\b)|engage|focus|drive|push|advance|advocate|champion|empower|enable more|make (?:it )?(?:easier|better|faster|simpler|more)|do more|get more|bring more|attract more|deepen|broaden|widen|build (?:on(?![^.;:]{0,60}\b${TO_MAKE}\b)|up|out|a (?:world[- ]class|great|strong|diverse))|scale|optimi[sz]e|maximi[sz]e|minimi[sz]e|streamline|simplify|modernise|modernize|evolve|iterate|refine|mature|leverage|prioriti[sz]e|embrace|ensure (?:that )?(?:the )?(?:right|appropriate|sufficient|adequate)|raise awareness|be (?:more|better|the|able to)|become (?:more|better|the)|stay|remain|share(?!\s+(?:a|an|the|our|this|these|its|their)\s+(?!(?:knowledge|learnings?|experiences?|insights?|ideas?|best practices?|lessons?|expertise|stories|story|feedback|updates?|progress|news)\b)[a-z])|lead(?: on)?(?!\s+(?:in\s+|on\s+)?the (?:definition|delivery|development|design|creation|launch|roll-?out|implementation)\b)|rely|participate|attend|advise|coordinate|connect|(?!${FACILITATE_EVENT})facilitate|guide|mentor|take advantage|contribute|serve|surface|make sure|strive|wow|delight|amaze|excel|inspire|put [\w ]{1,30} at the heart|provide (?:support|guidance|advice|opportunities|help|expertise|resources|assistance)|offer (?:\w+ ){0,2}(?:support|training|expertise|guidance|advice|help)|make (?:it )?(?:so|possible)|demonstrate|show (?:growth|leadership|value)|find (?:ways|propensity)|get [\w-]+ (?:data )?(?:right|correct)|(?:re-?)?take|keep|hold|bring)\b`,
  'i',
);

/** Words ending in "-ing" that name a thing, not an activity: "Onboarding flow", "Pricing page", "Tooling for ...". */
const ING_NOUNS = String.raw`onboarding|string|thing|ring|king|spring|wing|during|pricing|tooling|billing|funding|hosting|logging|routing|testing|building|setting|meeting|training|marketing|scheduling|something|nothing|everything|scaffolding`;

/** An activity named by its "-ing" form ("Partnering with other communities", "Fostering an open culture"): work with no end. */
const ACTIVITY = new RegExp(String.raw`^(?!(?:bring|${ING_NOUNS})\b)[A-Za-z]{3,}ing\b(?=\s+(?:with|an?|the|our|of|on|in|and\s+[a-z]{3,}ing|community|communities|partnerships?|relationships?|collaboration|engagement|awareness|adoption|growth|excellence|quality|innovation|culture)\b)`, 'i');

/** The "-ing" forms of acts that make or finish something: "Completing", "Establishing", "Shipping". */
const MAKING_GERUND_SRC = String.raw`(?:complet|establish|deliver|publish|launch|releas|ship|creat|build|writ|defin|design|produc|provid|implement|introduc|migrat|replac|retir|deploy|hir|recruit|appoint|host|organi[sz]|submit|merg|fix|resolv|integrat|automat|digiti[sz]|redesign|rewrit|rebuild|refactor|run|hold|conduct|add|finish|draft|document|port|remov|open|clos|sign|train|test|pilot|adopt|achiev|reach|pass|win|land|secur|obtain|get|agree|decid|choos|select|approv|announc|present|shar|send|assign|nam|map|audit|assess|translat|upgrad|fund|buy|acquir|start|begin|award|pay|offer|giv)(?:e|p|n|t)?ing\b`;
const MAKING_GERUND = new RegExp(String.raw`\b${MAKING_GERUND_SRC}`, 'i');

/**
 * An activity named by its "-ing" form with an object ("applying user insight ...", "taking steps to ..."): work that goes on.
 * Case-sensitive, read with the first letter lowered: "KFServing" and "fairing SDK" are names, "Hotreloading for ..." a noun.
 */
const ONGOING_ACTIVITY = new RegExp(
  String.raw`^(?!(?:${ING_NOUNS}|packaging|licensing|mapping|caching|sourcing|staffing|housing|clothing|offering|ranking|rating|reporting|monitoring|accounting|branding|messaging|networking|programming|learning|engineering|planning|advertising|mining)\b)(?!${MAKING_GERUND_SRC})[a-z]{3,}ing\s+(?!(?:for|of|in|on|at|with|to|from|by|and|or|is|are|will)\b)[a-z]`,
);

/** Things made or held in a number the goal does not give ("Build new case studies", "Organize conferences"): how many counts as done? */
const UNCOUNTED =
  /^(?:build|create|run|organi[sz]e|host|hold|facilitate|implement|produce|write|publish|deliver|establish|start|set up)\s+(?:and\s+\w+\s+)?(?:(?:new|more|additional|further|other|various|several|some|regular|community|ospo|[A-Z][\w-]*)\s+){0,3}(?:(?:[\w-]+\s+)?(?:programs|programmes|initiatives|case studies|conferences|meetings|events|workshops|sessions|webinars|campaigns|partnerships|collaborations|activities|opportunities|studies|tools|networks|incentives|resources|materials|courses|meetups|talks|blog posts|posts|articles|videos|tutorials|conferences\/meetings))\b(?![^.;]*\b(?:\d|all|each|every|first|one|two|three|four|five|six|seven|eight|nine|ten|a|an)\b)/i;

/** A cadence without a count ("regular surveys", "recurrent topics", "ongoing maintenance"): no point at which it is done. */
const CADENCE = /(?<!\bfor\s)\b(?:regular|recurring|recurrent|ongoing|continuous|continual|periodic)\s+(?!basis\b)[a-z][\w-]*|\bmaintenance\b|\bevangeli[sz]e\b|\bbreak down silos\b|\brecogni[sz]e\b/i;

/** Setting up a cadence or a practice is done once it runs: "Establish a regular cadence", "adopt continuous releases". */
const SETS_UP = /^(?:establish|adopt|introduce|set up|start|move to|switch to|create|automate)\b|\b(?:establish|adopt|introduce|set up|move to|switch to)\b/i;

/** Comparatives that name a direction: "more frequently", "easier", "less likely". */
const DEGREE = /(?<!\b(?:or|not|no|and)\s)\b(?:more|less|fewer|better|faster|easier|simpler|higher|lower|greater|stronger|quicker|cheaper|improved|increased|reduced|enhanced|deeper|wider|broader|further)\b(?!\s+than\s+(?:\d|one|two|three|four|five|ten))(?!\.)/i;

/** A quality with no scale ("is fast to browse", "feel comfortable", "should be easy"): a wish, not a measure. */
const QUALITY =
  /\b(?:is|are|be|being|become|becomes|feel|feels|remain|remains|stay|stays|seem)\s+(?:more\s+|very\s+|truly\s+|fully\s+)?(?:fast|quick|easy|simple|seamless|reliable|secure|safe|consistent|accessible|welcoming|inclusive|transparent|scalable|stable|great|good|excellent|successful|sustainable|effective|efficient|comfortable|confident|happy|aware|known|trusted|valued|empowered|engaged|proud|productive|healthy|strong|robust|polished|snappy|smooth|intuitive|delightful|world[- ]class|best[- ]in[- ]class|the best|a leader|the leader|the standard|the default choice|the go-to)\b|\b(?:should|would)\s+(?:be|feel|have|become)\b|\bno[- ]brainer\b/i;

/** Qualities a goal names as its aim with nothing to check them by ("easy-to-use, fast, dependable and secure services"). */
const WISHED_QUALITY =
  /\b(?:easy[- ]to[- ](?:use|access|find)|user[- ]friendly|seamless(?:ly)?|world[- ]class|best[- ]in[- ]class|confident|empowered|equitable|dependable|compelling|universal|accessible to|(?:make|makes|making)\b[^.;]{0,40}\b(?:accessible|possible|easier|easy|simpler|simple|better|good|great|awesome|amazing|nice|available to all))\b/i;

/** The same qualities as an aim: "making it possible to create smart pointers" names what becomes possible, so it is specific (if not yet measurable). */
const WISHED_AIM = new RegExp(WISHED_QUALITY.source.replace('|possible|', '|possible(?!\\s+to\\s+(?!(?:enjoy|feel|love|like|be|become)\\b)[a-z])|'), 'i');

/** A good reception with no number to check it by: "Positive sentiment from the attendee survey", "Strong press coverage". */
const GOOD_RECEPTION = /^(?:(?:overall|very|more|broadly)\s+)?(?:positive|good|great|strong|favou?rable|better|excellent)\s+(?:[\w-]+\s+){0,2}?(?:sentiment|feedback|reviews?|press|coverage|reception|response|perception|reputation|word of mouth|ratings?)\b/i;

/** Amounts that are not numbers ("a handful", "the right levels", "sufficient", "some"). */
const VAGUE_AMOUNT = /\b(?:a handful|a few|enough|a number of|several|some|many|lots of|appropriate|sufficient|adequate|the right (?:level|levels|amount|number)|as (?:much|many) as possible|significant(?:ly)?|substantial(?:ly)?|high-quality|high quality)\b/i;

export interface Wording {
  /** The phrase that makes it a deliverable ("Publish", "is complete"), or null. */
  deliverable: string | null;
  /** The phrase that makes it open-ended ("Increase", "continue", "more"), or null. */
  openEnded: string | null;
  /** The phrase that makes its aim too broad to act on ("Grow", "Great team", "a world class engineering team"), or null. */
  broad: string | null;
  /** Which reading found it too broad. */
  broadKind?: string;
}

const readingsByText = new Map<string, Wording>();

/** Reads a goal's wording once per distinct text. */
export function readWording(masked: string): Wording {
  let wording = readingsByText.get(masked);
  if (!wording) {
    wording = readUncached(masked.replace(/\s+/g, ' ').trim());
    if (readingsByText.size > 20_000) readingsByText.clear();
    readingsByText.set(masked, wording);
  }
  return wording;
}

/** "X will", "X will be", "we aim to": the commitment's verb follows. */
const WILL = /\b(?:will|shall|aims? to|plans? to|intends? to|commits? to|are going to|is going to|wants? to)\s+(?:also\s+|now\s+|then\s+|continue to\s+)?/i;

/** Broad aims that name no thing made ("Create value for all members", "Implement Inclusion Programs"): no deliverable either. */
const OPEN_BREADTH = new Set(['aspiration', 'slogan', 'activity', 'unnamed', 'experience', 'improvement', 'amount', 'understanding']);

/** A means named after the aim: "by promoting ...", "by reviewing ...". */
const BY_MEANS = /\bby\s+(?!being\b)[a-z]{3,}ing\b/i;

/** "We build alliances ...": the author's act in the present, not "We are", "We have" or "We believe". */
const PRESENT_WE = /^we\s+(?=(?:build|develop|create|grow|support|foster|expand|strengthen|improve|increase|establish|deliver|provide|promote|advance|cultivate|nurture|champion|drive|enable|help|make|launch|publish|run|host|organi[sz]e|reduce|maintain|engage|empower|connect|invest|offer)\b)/i;

/** "To ensure that users ..., Cabinet Office will develop ...": the purpose said first is why, not what is committed to. */
const PURPOSE_LEAD = /^\s*(?:to|in order to)\s+[a-z][^,;:]{0,120},\s+(?=(?:[\w’'&-]+\s+){0,5}?(?:will|shall|must|aims? to|plans? to|intends? to|commits? to)\b)/i;

/** Where a goal's own statement starts: after a purpose said first ("To make it so everyone can code, we will ..."). */
export function afterPurposeLead(text: string): number {
  return PURPOSE_LEAD.exec(text)?.[0].length ?? 0;
}

function readUncached(full: string): Wording {
  const unmarked = withoutMarkers(full);
  const text = unmarked.slice(afterPurposeLead(unmarked));
  const opening = OPENING.exec(text);
  // "Objective: `Increase the building power`": code quotes around the statement are no part of it.
  let rest = (opening ? text.slice(opening[0].length) : text).replace(/^[`"“]+/, '');
  // "Departmental executive boards will include ...": read from the verb after "will".
  const will = WILL.exec(rest);
  // Not a want inside a clause: "Getting us where we want to go" is read from "Getting".
  if (will && will.index < 80 && !/\b(?:where|when|what|which|who|how|that|if)\b/i.test(rest.slice(0, will.index))) rest = rest.slice(will.index + will[0].length);
  // "Objective 2: We develop community leadership": a goal stated in the present is read from its verb.
  else if (!will) rest = rest.replace(PRESENT_WE, '');
  const head = rest.split(/[.;:(]|\s[-–—]\s|=>/)[0] ?? rest;
  // "decomposed into modules for better maintainability": a comparative in the purpose does not make the goal a direction.
  const action = head.split(/\s(?:for better|for more|so that|in order to|to (?:make|help|support|enable|ensure|relieve|allow|let|give|broaden|improve|increase|reduce|grow|attract|encourage|bring|drive)|because|which|that|targeting|aimed at)\b/i)[0];
  // "Add layer groups, which allow operating on many layers": a relative clause describes the thing made, not how much is done.
  const described = head.split(/,?\s+which\s/i)[0];
  const readers: [string, RegExp, string][] = [
    ['purpose', PURPOSE, text.replace(/^\s*(?:[A-Z][\w&/.+-]*\s*){1,3}:\s*/, '')], ['direction', BROAD_DIRECTION, rest], ['activity', BROAD_ACTIVITY, rest], ['unnamed', UNNAMED_THINGS, rest], ['experience', WISHED_EXPERIENCE, rest], ['improvement', IMPROVEMENT_NOUN, rest], ['amount', UNDEFINED_AMOUNT, rest], ['aspiration', ASPIRATION, rest], ['abstract-build', ABSTRACT_BUILD, rest],
    ['wished-quality', WISHED_AIM, action], ['slogan', SLOGAN, text], ['understanding', SHARED_UNDERSTANDING, head],
  ];
  let broad: RegExpExecArray | null = null;
  let broadKind: string | undefined;
  for (const [kind, pattern, where] of readers) {
    broad = pattern.exec(where);
    if (broad) {
      broadKind = kind;
      break;
    }
  }
  // "Increase participation ... by promoting their resources", "We strive to ... by reviewing changes": the means named makes it concrete.
  if (broad && (broadKind === 'direction' || broadKind === 'purpose') && BY_MEANS.test(text)) broad = null;
  const breadth = broad ? broad[0].trim() : null;
  const open =
    OPEN_ENDED.exec(rest) ?? ACTIVITY.exec(rest) ?? UNCOUNTED.exec(rest) ?? (SETS_UP.test(rest) || DONE_STATE.test(head) ? null : CADENCE.exec(head)) ?? DEGREE.exec(action) ?? QUALITY.exec(action) ?? VAGUE_AMOUNT.exec(described) ?? GOOD_RECEPTION.exec(rest) ?? WISHED_QUALITY.exec(action) ?? PURPOSE.exec(text) ?? ONGOING.exec(text) ?? SLOGAN.exec(text);
  if (open) return { deliverable: null, openEnded: open[0], broad: breadth, broadKind };
  // "Build a global community", "Stable and future proof": an aim with nothing that is then done.
  if (breadth && (ABSTRACT_OBJECT.test(rest) || OPEN_BREADTH.has(broadKind!))) return { deliverable: null, openEnded: breadth, broad: breadth, broadKind };
  // Anything else a goal states is a change or a thing that is then done or not done.
  const done = DELIVER.exec(rest) ?? DONE_STATE.exec(head);
  if (done) return { deliverable: done[0], openEnded: null, broad: breadth, broadKind };
  // "Applying user insight ...", "Taking steps to ...": an activity goes on, unless it makes something too ("... and establishing a network").
  if (ONGOING_ACTIVITY.test(rest.charAt(0).toLowerCase() + rest.slice(1)) && !MAKING_GERUND.test(head)) return { deliverable: null, openEnded: rest.slice(0, rest.search(/\s/)), broad: breadth, broadKind };
  return { deliverable: head.trim().split(/\s+/).slice(0, 3).join(' ') || null, openEnded: null, broad: breadth, broadKind };
}

/** Capabilities a product ships ("Support GeoParquet export", "Enable single sign-on"): a concrete thing to support or enable. */
const PRODUCT_CAPABILITY = String.raw`exports?|imports?|file formats?|formats?|syntax|authentication|single sign-on|sso|login|sign-?in|uploads?|downloads?|encodings?|screenshots?|rendering|offline mode|dark mode|mode`;

/** What keeps a direction from being broad: a concrete asset, a measured quantity, or a concrete action it serves ("to publish ..."). */
const NOT_BROAD_AFTER = String.raw`(?![^.;]{0,60}\b(?:guide|page|api|cli|tool|feature|plugins?|tests?|test coverage|ci|pipeline for|dashboard|release|process for|template|integrations? with|followers|followings|subscribers|mentions|${PRODUCT_CAPABILITY})\b(?!\s+(?:[a-z]+(?:ity|ness)|compliance|planning|cadence)\b))(?!\s+(?:the\s+)?(?:number|percentage|proportion|share|rate|amount|accuracy|conversion|average|median|speed|time|count|use|usage|(?:online\s+|web\s+|site\s+)?(?:traffic|visits|visitors|page views|sign-?ups|downloads)\b)\b)(?!(?:[^.;:]|\.(?=\w)){0,80}\bto\s+(?:recruit|identify|define|develop|transfer|share|collect|publish|build|create|deliver|use|undertake|adopt|find|run|set up|establish|implement|launch|migrate|move|amend|agree|display|design|write|produce|release|ship|replace|remove|issue|introduce)\b)(?![^.;:]{0,60}\bup to date\b)`;

/** A direction with no object anyone can act on: "Grow ARR", "Increase adoption", "Accelerate consumption", "Earn trust". */
const BROAD_DIRECTION = new RegExp(
  String.raw`^(?:(?:significantly|greatly|substantially|continuously|continually|successfully|further|massively|dramatically)\s+)?(?:(?:change|maintain|review|evolve|adapt|update) and\s+)?(?:grow|increase|boost|improve|enhance|strengthen|accelerate|expand|deepen|broaden|maximi[sz]e|optimi[sz]e|drive|earn|demonstrate|${SUPPORT_AIM}|help|foster|nurture|promote|encourage|advance|elevate|transform|positively affect|scale|deliver value|create (?:more )?value|remain|stay|be the|become the|lead the|win|continue to|maintain|sustain|keep|cultivate|champion(?=\s+(?:[\w&-]+\s+){0,3}?(?:diversity|inclusion|equity|accessibility|security|privacy|quality|openness|transparency|sustainability|innovation|adoption|causes?|values?|culture|rights?)\b)|(?!${FACILITATE_EVENT})facilitate|explore|leverage|show growth|bring more|enable|make sure|find ways|strive|work towards?|work (?:closely )?with|partner with|do more|deliver more|wow|delight|amaze|excel|evangeli[sz]e|reach\s+(?:(?:more|new|underserved|wider|broader|diverse|different|all)\s+)?(?:[\w-]+\s+)?(?:people|groups|audiences?|communities|users|customers|patrons|residents|members|families|students|populations)\b(?![^.;]*\d))\b${NOT_BROAD_AFTER}`,
  'i',
);

/** The same directions named as an activity: "Partnering with other communities", "Fostering an open culture", "Advancing the quality of tools". */
const BROAD_ACTIVITY = new RegExp(
  String.raw`^(?:(?:significantly|greatly|substantially|continuously|continually|successfully|further)\s+)?(?:having|being|getting|enjoying|believing|feeling|knowing|growing|increasing|boosting|improving|enhancing|strengthening|accelerating|expanding|deepening|broadening|fostering|nurturing|promoting|encouraging|advancing|elevating|sustaining|cultivating|facilitating|supporting|enabling|driving|leveraging|helping|prioriti[sz]ing|partnering with|evangeli[sz]ing|championing|advocating for)\b${NOT_BROAD_AFTER}`,
  'i',
);

/** Things left unnamed and uncounted: "Implement Diversity and Inclusion Programs", "Resolve issues for major customers", "Remove unnecessary barriers". */
const UNNAMED_THINGS =
  /^(?:(?:successfully|fully)\s+)?(?:implement|run|start|establish|ship|resolve|fix|solve|remove|address|tackle|adopt|follow)(?:\s+and\s+[a-z]+)?\s+(?:(?:new|more|additional|further|various|several|some|key|unnecessary|existing|community|[\w-]+(?:\s+and\s+[\w-]+)?)\s+){0,3}?(?:programs|programmes|initiatives|issues|features|barriers|problems|improvements|changes|activities|best practices)\b(?=\s*[.]?\s*$|\s+(?:for|to|in|across|at)\s+(?:[\w-]+\s+){0,5}[\w-]+\s*[.]?\s*$)/i;

/** An experience wished for with adjectives and nothing done to get it: "Provide a nice desktop experience for casual users". */
const WISHED_EXPERIENCE =
  /^(?:provide|deliver|offer|create|give)\s+(?:a|an)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}?(?:nice|great|good|rapid|reliable|seamless|inclusive|scalable|consistent|better|excellent|smooth|delightful|positive|frictionless|welcoming)\s+(?:(?:and|&)\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:experience|process|journey|environment)\b(?![^.;]{0,80}\b(?:by|through|via|with)\s+[a-z]+ing\b)/i;

/** An amount left for the reader to define: "the right levels of digital capability", "appropriate support", "a number of new techniques". */
const UNDEFINED_AMOUNT = /^(?:(?:ensure (?:that )?(?:they|we|it|each|every \w+) (?:have|has)|have(?: in place)?|provide|offer|give|put in place)\s+(?:the right (?:level|levels|amount|number|mix)|appropriate|sufficient|adequate)|a number of)\b/i;

/** An improvement named as a noun: "Enhanced metadata integration", "Improvements to make builds faster". */
const IMPROVEMENT_NOUN = /^(?:(?:enhanced|improved|increased|better|greater|stronger)\s+(?:[\w-]+\s+){0,2}[\w-]+\s*\.?\s*$|(?:improvements?|progress)\s+(?:to|in|for|on|towards?)\b)/i;

/** An aspiration of adjectives with no action: "Stable and future proof", "Great team", "Popular next generation product". */
const ASPIRATION =
  /^(?:a |an |the )?(?:(?:stable|great|good|nice|solid|awesome|amazing|popular|transparent|consistent|aspirational|efficient|viable|reliable|scalable|inclusive|world[- ]class|measurably|high[- ]quality|seamless|happy|healthy|strong|robust|modern|simple|lean|effective|successful(?!\s+(?:deployment|launch|release|completion|migration|roll-?out|delivery|implementation|upgrade|transition)\b)|sustainable|agile|innovative|customer[- ](?:driven|centric|first|focused)|data[- ]driven|future[- ]proof|best|leading|trusted|secure|fast|faster|smaller|better)\b[\s,]*(?:and\s+|&\s+)?){1,4}/i;

/** Building an organisation, a culture or a process rather than a thing: "Build a world class engineering team". */
const ABSTRACT_BUILD =
  /^(?:build|create|establish|develop|become|make|test|bring)\b(?:(?!\bwith\b|\band\s+[a-z]+\s+(?:our|the|a|an|their|its|new)\b)[^.;:]){0,50}?\b(?:team|company|organi[sz]ation|culture|operating system|motion|function|environment|community|practice|capability|capabilities|presence|leadership|ecosystem|mindset|system and team|systems and team|process|processes|relationships?|partnerships?|alliances?|coalitions?|collaborations?|awareness|perspectives|approach|skills?|capacity|knowledge|expertise)s?\b(?!\s+(?:[\w-]+\s+)?(?:page|site|website|guide|portal|forum|dashboard|program|programme|fund|survey|event|call)\b)/i;

/** Building an organisation, a culture or a skill as the whole object: "Build a global community", "Create a culture of learning", "Build staff skills". */
const ABSTRACT_OBJECT = /^(?:build|create|establish|develop|become|make)\s+(?:(?:a|an|the|our|their)\s+)?(?:[\w-]+\s+){0,2}(?:team|company|organi[sz]ation|culture|community|ecosystem|mindset|presence|environment|relationship|partnership|alliance|coalition|awareness|skill|capability|capacity|knowledge|expertise)s?\b(?!\s+(?:page|site|website|guide|portal|forum|dashboard|program|programme|fund|survey|event|call)\b)/i;

/** Slogans that name no change: "put residents at the heart of everything we do", "take service to the next level", "the best in SaaS". */
const SLOGAN = /\b(?:at the heart of|everything we do|the next level|second to none|world[- ]class|best[- ]in[- ]class|first[- ]class|(?:be|become) the (?:best|leading|number one|#1)\b[^.;]{0,40})\b/i;

/** A statement of purpose rather than a goal: "Our mission is to ...", "We want to ...", "We strive to ...". */
const PURPOSE = /^(?:(?:our|the|its|their)\s+(?:overall\s+|main\s+|core\s+)?(?:mission|purpose|vision|ambition|calling)|it is\s+[\w’'.-]{1,40}\s+(?:mission|purpose|vision)|we\s+(?:want|wish|would like|strive|hope|aspire)\s+to|we\s+want\s+\w+|our goal is to provide)\b/i;

/** Advice, ongoing work and intentions with no end: "should focus", "is already working with", "We won't ...". */
const ONGOING = /\b(?:should|ought to|(?:is|are) already (?:working|supporting|helping)|always|eventually|we won'?t|will not)\b/i;

/** A state of minds: "We have a shared understanding", "Browser developers understand the requirements". */
const SHARED_UNDERSTANDING = /\b(?:shared understanding|understand(?:s|ing)? (?:the|how|what|why)|basic understanding|deeply understand|(?:can|could) (?:recogni[sz]e|understand|tell) (?:that|how|what|why|the)|(?:know|knows|are aware|is aware) (?:that|how|what|why|where))\b/i;

/**
 * What no one can promise as written: the best in the world, everyone or every customer reached,
 * no bugs or issues at all, everyone of a group satisfied. A count of the organisation's own work
 * at 100% ("100% of team members' pay is reviewed twice a year"), a feature available to all users,
 * and "anyone involved in" a piece of work are reachable.
 */
const UNREACHABLE = [
  /\b(?:best|leading|greatest|number one|#1|no\.? ?1)\b[^.;]{0,40}\bin the (?:world|universe|industry|market)\b/i,
  /\bworld'?s (?:best|leading|greatest)\b/i,
  /\bmaximally\b|\bperfect(?:ly|ion)?\b|\bflawless(?:ly)?\b|\bwithout (?:any )?exception\b/i,
  /\b(?:everyone|everybody|anyone|anybody)\b(?! (?:(?:on|in|at|from|of) (?:the|our) (?:team|company|staff|org)|involved in|working on|responsible for))/i,
  /\b(?:every|all(?: of)?(?: the| our)?) (?:single )?(?:devs?|developers?|compan(?:y|ies)|customers?|users?|people|persons?|organi[sz]ations?|businesses|clients?|citizens?|patients?|members of the public|tools (?:developers|engineers|people)|public and private code)\b(?![^.;]{0,30}\b(?:by default|feature[- ]flag|opt[- ]in|opt[- ]out|can (?:opt|choose|see)|have access)\b)/i,
  /\b(?:accessible|useful|valuable) to all\b|\b(?:available|open) to all\b(?! (?:our |the )?(?:users|teammates|team ?members|staff|employees|colleagues)\b)/i,
  /\b(?:every single time|every time|at all times|without fail)\b/i,
  /\buniversal (?:skill|access|adoption|literacy)\b/i,
  /\bno (?:\w+ ){0,2}(?:bugs?|defects?|errors?|issues?|incidents?|outages?|failures?|complaints?|breaches?|downtime|regressions?)\b/i,
  /\bzero (?:\w+ ){0,1}(?:bugs?|defects?|errors?|incidents?|outages?|failures?|complaints?|breaches?|downtime|churn)\b/i,
  /\b100 ?%(?: of)? (?:[\w-]+ ){0,4}(?:(?:would|will) recommend|are satisfied|satisfaction|uptime|availability|accuracy|coverage|are notified|rate us)\b/i,
  /\b100 ?% of (?:our |the |all )?(?:[\w-]+ ){0,2}(?:students|customers|patients|users|(?<!team |staff )members|people|residents|citizens|clients|carers|families|visitors|guests|learners|pupils|tenants|households|candidates)\b/i,
  /\b(?:to|at) 100 ?%(?: (?:test |code )?coverage)?\s*$/i,
];

/** A subject then "is" or "are" and what it should be: "The community is informed of news", "Collaborations are systematized", "Peerpad is private" (not "An organisation our staff are proud of", a thing described). */
const STATE_CLAUSE = /^(?![Aa]n?\s)(?:[\w.&'’/-]+\s+){1,6}?(?:is|are)\s+(?:(?:clearly|fully|well|now|more|seen as)\s+)?([a-z][\w-]*)((?:\s*,\s*|\s+(?:and|or)\s+)[a-z][\w-]*)*/;

/** The state an objective wishes for, when it names no act and nothing done ("Peerpad is private"), or null ("X is implemented", "Teams are shipping releases"). */
export function wishedStateOf(text: string): string | null {
  const state = STATE_CLAUSE.exec(withoutMarkers(text).trim());
  if (!state || MAKING_GERUND.test(state[1])) return null;
  // "Campaigns are polished and adopted by customers": one thing done among the states is a deliverable.
  const states = state[0].slice(state[0].indexOf(state[1])).split(/\s*,\s*|\s+(?:and|or)\s+/);
  if (states.some((word) => DONE_STATE.test(`is ${word}`))) return null;
  return state[0];
}

/** The phrases of a goal that no one can promise, with their offsets in the text. */
export function unreachablePhrases(text: string): { start: number; end: number; text: string }[] {
  const found: { start: number; end: number; text: string }[] = [];
  for (const pattern of UNREACHABLE) {
    const match = pattern.exec(text);
    if (match && !found.some((f) => f.start < match.index + match[0].length && match.index < f.end)) {
      found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Placeholders a template leaves for the number ("N0 MAU", "$M in expansion IARR", "X%", "XK
 * users", "TBD"): the goal names its metric but not yet its target.
 */
const TARGET_PLACEHOLDER = /(?<![\w$])(?:\$[A-Z](?![a-z])|N\s{0,12}\d{1,2}(?![\w.])|N(?=\s*%)|X{1,3}%?|x{2,3}|[XY]K|TBD|TBC)(?![\w])/g;

/** The text with template placeholders blanked, and the placeholders found. */
export function withoutPlaceholders(text: string): { text: string; found: { start: number; end: number; text: string }[] } {
  const found: { start: number; end: number; text: string }[] = [];
  const blanked = text.replace(TARGET_PLACEHOLDER, (match, offset: number) => {
    found.push({ start: offset, end: offset + match.length, text: match });
    return ' '.repeat(match.length);
  });
  return { text: blanked, found };
}
