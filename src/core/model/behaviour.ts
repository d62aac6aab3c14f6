import { PhraseMatcher, tokenize } from '../text/words';

/*
 * Whether a value names a behaviour: its own text says what someone does ("we answer every email
 * ourselves", "Give feedback in private", "Decisions are recorded in the log") rather than what the
 * organisation feels, believes or wants ("We value and respect people", "Being lifetime learners").
 * Read sentence by sentence, clause by clause: an instruction, an actor doing an act, a practice
 * named in "-ing" or in the passive. Finding the values themselves is `values.ts`.
 */

/** A set of words written as one space-separated list. */
function wordSet(list: string): Set<string> {
  return new Set(list.split(' '));
}

// ---------------------------------------------------------------------------------------------
// Reading a value's text: is there an act someone could see, practise or reward?
// ---------------------------------------------------------------------------------------------

/**
 * Acts people can be seen doing at work: communicating, recording, reviewing, shipping, deciding,
 * teaching, hiring, thanking. Not states of mind (value, believe, respect, care, embrace), aims
 * (improve, grow, foster, create change) or verbs that say nothing on their own (do, make, get, help).
 */
const CONDUCT = wordSet(
  // talking, writing and listening
  'answer reply respond ask write document record note log publish post blog email call phone meet talk speak ' +
  'say tell explain discuss present demo listen read comment announce broadcast communicate inform notify ' +
  'remind summarise summarize describe articulate voice disclose cite link quote reference greet introduce ' +
  'pronounce ping chat message interview consult survey poll argue debate propose suggest recommend request ' +
  'invite convey circulate draft edit engage ' +
  // recognising people and owning up
  'thank praise apologise apologize admit acknowledge credit celebrate reward compliment critique criticise ' +
  'criticize escalate flag raise report surface share show ' +
  // teaching, hiring and deciding
  'teach mentor coach train onboard pair hire fire recruit promote sponsor delegate distribute assign decide ' +
  'vote nominate agree disagree commit approve reject veto sign choose pick prefer favour favor weigh compare ' +
  'base default require enforce force block unblock permit allow include involve solicit gather collect ' +
  'brainstorm name mark ' +
  // checking and shipping work
  'review audit inspect check verify validate test measure track monitor benchmark profile debug investigate ' +
  'triage label tag file search google merge ship release deploy launch fix repair refactor rewrite revert ' +
  'automate script prototype experiment iterate split bundle unbundle reuse cut plan schedule prioritise ' +
  'prioritize estimate timebox set cancel decline stop start avoid refrain resist interrupt intervene remove ' +
  'delete archive replace redesign complete finish implement add update maintain open close license dogfood ' +
  'retro retrospect practise practice learn rehearse ' +
  // giving, joining and turning up
  'contribute upstream volunteer donate fund pay refund spend invest dedicate grant give offer send return ' +
  'follow adhere comply use adopt attend participate join visit travel relocate rest accommodate cover rotate ' +
  'own hold run host organise organize facilitate moderate',
);

/** Acts that count only as an instruction ("Build tools ...", "Take time to discuss"): as statements they name aims or states. */
const INSTRUCTED = wordSet(
  'build look come bring take keep put turn leave design drop make figure provide',
);

/** In a value's name these make slogans ("Put people first", "Keep it simple", "Make it happen"). */
const SLOGAN_VERBS = new Set(['put', 'keep', 'bring', 'take', 'come', 'leave', 'turn', 'drop']);
const SLOGAN_OBJECTS = new Set(['it', 'things', 'a', 'an', 'every', 'the', 'this', 'people', 'everyone', 'customers', 'users', 'them', 'us', 'our']);

/** Acts written with a particle or an object: "reach out", "speak up", "roll back", "take a break", "make decisions". */
const WITH_PARTICLE: Record<string, readonly string[]> = {
  take: ['a break', 'breaks', 'time off', 'notes', 'leave', 'vacation', 'holiday', 'holidays'],
  make: ['decisions', 'a decision', 'a proposal', 'proposals', 'suggestions', 'a suggestion', 'time', 'commitments', 'small', 'changes', 'a change', 'accommodations'],
  optimise: ['for'],
  optimize: ['for'],
  figure: ['out'],
  get: ['to know', 'feedback', 'together'],
  look: ['for', 'up'],
  sit: ['with', 'in'],
  seek: ['feedback', 'advice', 'help', 'input', 'review', 'reviews', 'opinions', 'perspectives', 'out', 'diverse', 'approval', 'expertise', 'guidance'],
  reach: ['out', 'across'],
  step: ['in', 'up', 'aside', 'back', 'down'],
  jump: ['in'],
  chime: ['in'],
  opt: ['in', 'out'],
  point: ['out'],
  roll: ['back', 'out'],
  clean: ['up'],
  hand: ['over', 'off'],
  pick: ['up'],
  speak: ['up'],
  bring: ['up'],
  write: ['down', 'up'],
  call: ['out'],
  follow: ['up'],
  turn: ['down'],
  cross: ['train'],
  double: ['check'],
};

/** Irregular past forms of the acts. */
const IRREGULAR: Record<string, string> = {
  wrote: 'write', written: 'write', gave: 'give', given: 'give', spoke: 'speak', spoken: 'speak', told: 'tell',
  said: 'say', held: 'hold', chose: 'choose', chosen: 'choose', met: 'meet', paid: 'pay', sent: 'send', taught: 'teach',
  sought: 'seek', built: 'build', ran: 'run', spent: 'spend', read: 'read', set: 'set', cut: 'cut', split: 'split',
  shown: 'show',
};

/** The base forms a word can be of: "shares" -> share, "writing" -> write, "shipped" -> ship. */
function basesOf(word: string): { base: string; form: 'base' | 's' | 'ing' | 'ed' }[] {
  const out: { base: string; form: 'base' | 's' | 'ing' | 'ed' }[] = [{ base: word, form: 'base' }];
  const irregular = IRREGULAR[word];
  if (irregular) out.push({ base: irregular, form: 'ed' });
  if (word.length > 4 && word.endsWith('ing')) {
    const stem = word.slice(0, -3);
    out.push({ base: stem, form: 'ing' }, { base: `${stem}e`, form: 'ing' });
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push({ base: stem.slice(0, -1), form: 'ing' });
  } else if (word.length > 3 && word.endsWith('ed')) {
    const stem = word.slice(0, -2);
    out.push({ base: stem, form: 'ed' }, { base: `${stem}e`, form: 'ed' });
    if (stem.endsWith('i')) out.push({ base: `${stem.slice(0, -1)}y`, form: 'ed' });
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push({ base: stem.slice(0, -1), form: 'ed' });
  } else if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) {
    out.push({ base: word.slice(0, -1), form: 's' });
    if (word.endsWith('ies')) out.push({ base: `${word.slice(0, -3)}y`, form: 's' });
    if (word.endsWith('es')) out.push({ base: word.slice(0, -2), form: 's' });
  }
  return out;
}

type Form = 'base' | 's' | 'ing' | 'ed';

/** The act at `words[i]` in one of `forms`, or null: a conduct verb, or a verb with its particle. */
function actAt(words: readonly string[], i: number, forms: readonly Form[], instruction: boolean | 'name' = false): string | null {
  const word = words[i];
  if (word === undefined) return null;
  for (const { base, form } of basesOf(word)) {
    if (!forms.includes(form)) continue;
    // "coach ourselves to embrace", "hold ourselves accountable": turned inwards, no act anyone sees ("introduce themselves" is one).
    if (REFLEXIVE.has(words[i + 1]) && ((words[i + 2] === 'to' && !OBJECT_LEAD.has(words[i + 3]) && words[i + 3] !== 'every' && words[i + 3] !== 'each') || INWARD.has(base))) continue;
    // "check out our resources" is reading; "share a passion", "give our best" name feelings and efforts, not acts.
    if ((base === 'check' && words[i + 1] === 'out') || (ABSTRACT_OBJECT_VERBS.has(base) && abstractObject(words, i + 1))) continue;
    if (CONDUCT.has(base) || (instruction !== false && form === 'base' && INSTRUCTED.has(base) && (instruction === true || !SLOGAN_VERBS.has(base) && !SLOGAN_OBJECTS.has(words[i + 1])))) return base;
    const particles = WITH_PARTICLE[base];
    if (particles) {
      for (const particle of particles) {
        const parts = particle.split(' ');
        if (parts.every((p, k) => words[i + 1 + k] === p)) return `${base} ${particle}`;
      }
    }
  }
  return null;
}

const REFLEXIVE = new Set(['ourselves', 'yourself', 'yourselves', 'themselves', 'myself', 'itself']);
const INWARD = new Set(['hold', 'challenge', 'push', 'coach', 'remind', 'allow', 'force', 'pride', 'commit', 'dedicate', 'give']);

/** Verbs that name feelings or efforts with an abstract object: "share a passion", "show respect", "give our best". */
const ABSTRACT_OBJECT_VERBS = wordSet(
  'share show give offer provide bring celebrate promote build deliver set maintain hold adopt practise ' +
  'practice raise commit dedicate invest',
);
const ABSTRACT_OBJECTS = wordSet(
  'passion vision values value belief beliefs goal goals commitment love sense purpose mission respect best ' +
  'everything care support excellence quality energy enthusiasm empathy kindness compassion trust diversity ' +
  'differences success successes culture spirit pride dignity leadership integrity commitment dedication ' +
  'warmth positivity creativity curiosity ownership mindset attitude part tone standards bar view views ' +
  'outlook approach philosophy ethos environment atmosphere interest interests desire hope hopes dream dreams ' +
  'ambition ambitions inclusion equality equity wellbeing health safety growth innovation awareness impact ' +
  'difference change progress results outcomes future potential',
);
const OBJECT_LEAD = new Set(['a', 'an', 'the', 'our', 'your', 'their', 'of', 'sense', 'deep', 'common', 'shared', 'real', 'genuine', 'great', 'high', 'high-quality']);

/** Words that end the object of a verb: "share the notes of", "give feedback to". */
const OBJECT_END = wordSet(
  'to for with in on at by and or when that which who of as from about every each always daily today whenever ' +
  'wherever because so but here there',
);

function abstractObject(words: readonly string[], from: number): boolean {
  // "commit to excellence", "dedicated to growth": the object follows "to".
  if (words[from] === 'to' || words[from] === 'in') from++;
  for (let k = from; k < words.length && k < from + 4; k++) {
    // The abstract word must head the object: "share a passion for", not "share best practices".
    if (ABSTRACT_OBJECTS.has(words[k]) && (k + 1 >= words.length || OBJECT_END.has(words[k + 1]))) return true;
    if (OBJECT_END.has(words[k])) return false;
  }
  return false;
}

/** People who act: "we", "you", "our engineers", "everyone", "team members", "the organiser". */
const ACTORS = wordSet(
  "we we're we'll we've we'd you you're you'll you've you'd i i'm i'll i've everyone folks everybody anyone " +
  'anybody someone whoever each staff employees colleagues teammates members engineers managers leaders ' +
  'maintainers contributors reviewers organisers organizers organiser organizer mentors owners people ' +
  'volunteers officers councillors partners agents advisers advisors teachers nurses doctors clinicians ' +
  'designers developers researchers writers moderators admins leadership team teams squads dri dris manager ' +
  'leader lead leads hosts interviewers recruiters founders executives engineer employee colleague teammate ' +
  'member person maintainer contributor reviewer owner volunteer designer developer researcher writer mentor ' +
  'host interviewer recruiter author authors coach coaches facilitator facilitators moderator chair chairs ' +
  'worker workers',
);

/** Words that may stand between an actor and its act: auxiliaries, negations, adverbs of manner and frequency. */
const BETWEEN = wordSet(
  'always never also all both actively proactively regularly openly publicly often frequently consistently continuously ' +
  'continually constantly carefully ' +
  'usually generally gladly quickly immediately still then just really rarely seldom routinely deliberately ' +
  "explicitly directly personally first together at do does did don't doesn't didn't not should shouldn't must " +
  "will won't would can can't cannot could may might shall are is am be try tries tried to need needs have has " +
  'had expected encouraged asked required going ' +
  // "each of us", "team members", "each other"
  'other of us member members',
);

/** "to" joins an act only after these: "we try to reply", "you are expected to review". */
const TO_AFTER = new Set(['try', 'tries', 'tried', 'need', 'needs', 'have', 'has', 'had', 'expected', 'encouraged', 'asked', 'required', 'going', 'able']);

/** Openings of an instruction before its verb: "Always", "Please", "Don't", "Make sure to". */
const INSTRUCTION_OPENERS = wordSet(
  "always never please do don't not also just then and but so instead rather first proactively actively openly " +
  'publicly regularly kindly quickly immediately directly explicitly consistently deliberately routinely ' +
  'gently politely promptly personally or',
);
const INSTRUCTION_PHRASES = new PhraseMatcher(['make sure to', 'make sure you', 'make sure', 'be sure to', 'remember to', 'try to', 'feel free to', "don't forget to", 'do not', 'no need to', 'there is no need to', 'we will', 'we should', 'you should']);

/** Openings of a clause after which an instruction may follow: "If you err, apologise", "Given ..., following specs is ...". */
const SUBORDINATORS = wordSet(
  'if when whenever before after once while as where wherever unless until since because to given for in at on ' +
  'during within instead otherwise then first finally',
);
/** Clauses that are themselves instructions, so another may follow: "Be open, ask questions", "Don't guess, ask". */
const IMPERATIVE_OPENINGS = new Set(['be', "don't", 'never', 'always', 'please', 'do', 'avoid', 'stop', 'start', 'make', 'keep', 'take', 'use', 'try']);

/** Words after which a gerund names a practice: "by writing it down", "this means reviewing ...", "don't hide from bringing up". */
const GERUND_AFTER = new Set(['by', 'through', 'via', 'entails', 'means', 'including', 'includes', 'involves', 'like', 'as', 'on', 'practice', 'from']);

/** "the ways we work", "how we operate": an actor in a relative clause, not a statement of what is done. */
const RELATIVE_BEFORE = new Set(['way', 'ways', 'how', 'what', 'whatever', 'thing', 'things', 'manner', 'extent']);

/** Aims, wishes and judgements: what follows them in a sentence is hoped for or weighed, not done ("we want everyone to share", "it is hard to give feedback"). */
const ASPIRATIONS = wordSet(
  'want wants wanting aim aims aiming hope hopes strive strives striving aspire aspires wish wishes dream ' +
  'willing willingness',
);
/** Judgements weigh what follows only with "to" ("it is hard to give feedback"); "try hard problems" is no judgement. */
const JUDGEMENTS = wordSet('easy hard difficult important');

/** Practices named by their noun: "Meetings have an agenda", "blameless postmortems", "office hours". */
const PRACTICES = new PhraseMatcher(
  [
    'agenda', 'retrospective', 'retro', 'postmortem', 'post-mortem', 'post mortem', 'code review', 'peer review', 'design review',
    'demo day', 'standup', 'stand-up', 'one-on-one', '1:1', 'office hours', 'pair programming', 'pairing session',
    'automated tests', 'unit tests', 'test coverage', 'checklist', 'runbook', 'playbook', 'rfc', 'design doc', 'decision log',
    'decision record', 'meeting notes', 'written notes', 'minutes', 'hackathon', 'all-hands', 'all hands', 'lunch-and-learn',
    'lunch and learn', 'brown bag', 'shadowing', 'job shadowing', 'rotation', 'on-call', 'user research', 'usability testing',
    'customer interview', 'user interview', 'feedback session', 'review', 'shout-out', 'shoutout', 'kudos', 'coffee chat', 'skip-level',
  ],
  { inflect: true },
);

/** Passive acts are practices too ("Decisions are recorded in the log"), unless they only point elsewhere ("This is documented on ..."). */
const PASSIVE_AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
/** Acts whose passive names a practice; "is used", "are given", "is required" say little on their own. */
const PASSIVE_ACTS = wordSet(
  'record document review publish post log write test track merge approve answer celebrate thank reward ' +
  'escalate announce demo present discuss share pair audit interview survey consult explain reply respond ' +
  'summarise summarize archive label tag assign rotate timebox schedule cancel revert automate ship release ' +
  'deploy',
);
const POINTERS = new Set(['this', 'that', 'it', 'these', 'those', 'which']);

/** Quoted words are someone's slogan or speech, not what the value says people do. */
const QUOTED = /“[^”\n]{0,300}”|"[^"\n]{0,300}"/g;

/** Clause breaks inside a sentence. */
const CLAUSE_BREAK = /[,;:()\u2014\u2013"“”]|\s-\s/;
/** Sentence ends. */
const SENTENCE_END = /[.!?]+(?=\s|$)/;

/** How a text is read: a description, a value's name (often a slogan), or one item of a list of behaviours (often an instruction). */
type Reading = 'text' | 'name' | 'item';

/** Whether one sentence names an act: an instruction, an actor doing it, a practice in "-ing" or in the passive. */
function sentenceNamesAct(sentence: string, reading: Reading): boolean {
  const instructions = reading === 'name' ? 'name' : true;
  const clauses = sentence.replace(QUOTED, ' ').split(CLAUSE_BREAK);
  let aspiring = false;
  // Whether the next clause may open an instruction: the sentence's first clause, one after "If ...," or "When ...,",
  // or one that follows another instruction ("Be open, ask questions"); not one in a list ("decentralized, open protocols").
  let instructionMayFollow = true;
  // Where the sentence's last actor stood, in words from the current clause's start (negative: in an earlier clause).
  let lastActor = -100;
  let offset = 0;
  for (const clause of clauses) {
    // A word written twice by mistake ("need to to use") is read once.
    const tokens = tokenize(clause).filter((t, i, all) => i === 0 || t.word !== all[i - 1].word);
    const words = tokens.map((t) => t.word);
    if (words.length === 0) continue;
    const mayInstruct = instructionMayFollow;
    // "... to try new things, ask hard questions": a list of acts after "to" continues in the next clause.
    const infinitive = words.indexOf('to');
    instructionMayFollow =
      SUBORDINATORS.has(words[0]) || IMPERATIVE_OPENINGS.has(words[0]) || actAt(words, 0, ['base'], true) !== null || (infinitive >= 0 && infinitive < words.length - 1 && !OBJECT_LEAD.has(words[infinitive + 1]));
    lastActor -= offset;
    offset = words.length;
    // "we can take a step back, look at the picture, and share": a clause that goes on with the actor's acts keeps it near.
    if (lastActor >= -10 && actAt(words, 0, ['base'], true) !== null) lastActor = 0;
    // An instruction: the clause opens with the act ("Give feedback in private", "If you err, apologise").
    let at = 0;
    for (let guard = 0; guard < 4 && at < words.length; guard++) {
      const phrase = INSTRUCTION_PHRASES.matchAt(tokens, at);
      if (phrase) {
        while (at < tokens.length && tokens[at].start < phrase.end) at++;
        continue;
      }
      if (INSTRUCTION_OPENERS.has(words[at])) at++;
      else break;
    }
    // A bare word is a label ("Release"), unless an opener makes it an instruction ("Don't wait", "No need to brainstorm").
    if (!aspiring && words.length - at >= (at > 0 ? 1 : 2) && (((mayInstruct || at > 0) && actAt(words, at, ['base'], instructions)) || actAt(words, at, ['ing']))) return true;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (ASPIRATIONS.has(word) || (JUDGEMENTS.has(word) && words[i + 1] === 'to')) aspiring = true;
      if (aspiring) continue;
      // "Decisions are recorded", "every pull request gets reviewed", "feedback is always given in private".
      if (PASSIVE_AUX.has(word) && i > 0 && !POINTERS.has(words[i - 1])) {
        const k = words[i + 1] === 'always' || words[i + 1] === 'also' || words[i + 1] === 'then' ? i + 2 : i + 1;
        if ((words[k] ?? '').endsWith('ed') || IRREGULAR[words[k] ?? ''] !== undefined) {
          const act = actAt(words, k, ['ed']);
          if (act && PASSIVE_ACTS.has(act.split(' ')[0])) return true;
        }
      }
      if (ACTORS.has(word) && !RELATIVE_BEFORE.has(words[i - 1] ?? '')) {
        lastActor = i;
        // "we answer", "you should always reply", "our engineers are expected to review"
        for (let k = i + 1, steps = 0; k < words.length && steps < 5; k++, steps++) {
          const previous = words[k - 1];
          // After "are" only "-ing" is an act ("we are reviewing"; "we are present" is a state).
          const progressive = previous === 'are' || previous === 'is' || previous === 'am' || previous.endsWith("'re") || previous === 'be';
          if ((previous !== 'to' || TO_AFTER.has(words[k - 2] ?? '')) && actAt(words, k, progressive ? ['ing'] : ['base', 's'])) return true;
          // "staff and students ask": a second subject joined to the first.
          if ((words[k] === 'and' || words[k] === 'or') && k === i + 1) {
            k++;
            continue;
          }
          if (!BETWEEN.has(words[k])) break;
        }
      } else if (GERUND_AFTER.has(word) && actAt(words, i + 1, ['ing'])) {
        return true;
      } else if (word === 'and' || word === 'or') {
        // "We are open to critique and share it", "We value focus and asking for help when needed".
        const next = words[i + 1] === 'not' || words[i + 1] === 'also' || words[i + 1] === 'always' || words[i + 1] === 'then' ? i + 2 : i + 1;
        if (((reading === 'item' || i - lastActor <= 10) && actAt(words, next, ['base', 's'])) || actAt(words, next, ['ing'])) return true;
      }
    }
  }
  return false;
}

const verdicts = new Map<string, boolean>();

/** Whether a text (a value's name, description or one behaviour item) names an act someone does. */
export function namesBehaviour(text: string, reading: Reading = 'text'): boolean {
  const key = `${reading}\u0000${text}`;
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    const unquoted = text.replace(QUOTED, ' ');
    verdict = PRACTICES.findFirst(tokenize(unquoted)) !== null || unquoted.split(SENTENCE_END).some((sentence) => sentence.trim() !== '' && sentenceNamesAct(sentence, reading));
    if (verdicts.size > 5_000) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

/** A lead-in that announces behaviours: "Examples of behavior that this leads to:", "What this looks like in practice:". */
const BEHAVIOUR_LEAD = /\b(?:behaviou?rs?|in practice|looks? like|what (?:this|it) means|this means)\b[^.:!?]{0,60}:\s*$/i;

/** "X over Y", "X is better than Y": a value written as the choice it makes. */
const TRADE_OFF = /^[^.!?\n]{1,60}\s(?:over|(?:is|are) better than|(?:is|are) preferable to)\s(?!time\b|the\b|a\b)[^.!?\n]{1,60}$/i;
/** "We prefer ...", "Preference for minimally invasive changes", "Domain code belongs in plugins": a rule for choosing. */
const PREFERENCE = /\b(?:prefer|prefers|preferred|preference for|preferable to|belongs? (?:in|inside|outside))\b/i;

/**
 * A value names a behaviour when its name (written as a statement: "Set a due date"), its description
 * or one of the items under it says what someone does. A bare word or a slogan ("Ship it!") does not.
 */
export function hasObservableBehaviour(description: string, behaviours: readonly string[], name = ''): boolean {
  // "Examples of behaviour that this leads to:", "In practice this means:" over a list: the writer lists the behaviours.
  if (behaviours.length > 0 && BEHAVIOUR_LEAD.test(description)) return true;
  // A trade-off ("Automation over process", "Distribution is better than centralization") is a rule people decide by.
  if (TRADE_OFF.test(name) || PREFERENCE.test(description)) return true;
  // A name is often a slogan ("Put people first", "Make it happen"): only a plain act in it counts ("Set a due date").
  if (name !== '' && tokenize(name).length >= 3 && namesBehaviour(name, 'name')) return true;
  return namesBehaviour(description) || behaviours.some((item) => namesBehaviour(item, 'item') || practiceItem(item));
}

/** "-ing" words that are no practice: states of mind, and nouns ("Meeting notes", "Training budget"). */
const NOT_PRACTICE = wordSet(
  'being believing knowing understanding caring feeling having embracing wanting loving hoping striving ' +
  'aspiring seeking valuing respecting appreciating remaining staying recognizing recognising accepting ' +
  'welcoming trusting supporting helping encouraging promoting becoming thing things something nothing ' +
  'everything anything string spring morning evening ceiling building meeting meetings training funding ' +
  'pricing timing setting settings wording heading offering offerings earnings savings feelings sibling during ' +
  'according including regarding following outstanding amazing interesting exciting engaging willing growing ' +
  'increasing improving enhancing ensuring enabling empowering fostering creating driving making getting doing ' +
  'going working thinking living',
);

/** A behaviour item that opens with a practice in "-ing": "Participating in standards work", "Bundling friction-reducing APIs". */
function practiceItem(item: string): boolean {
  const words = tokenize(item);
  if (words.length < 2) return false;
  const first = words[0].word;
  return first.length > 5 && first.endsWith('ing') && !NOT_PRACTICE.has(first);
}
