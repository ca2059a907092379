/** English reporting verbs, roles and bodies: who says a figure. */
import { set, table } from './table';

/**
 * What a cue says about the content it governs: speech ("said", "told"), a
 * belief or expectation ("believes", "expects"), an intention or proposal
 * ("wants to", "has called for", "pledged"), or evidence ("a poll shows", "the
 * study found"). PolNeAR-style attribution: each is a source of the figures in
 * its content.
 */
export type CueClass = 'speech' | 'belief' | 'intention' | 'evidence';

/** Every form of a regular verb: "warn" → warn, warns, warned, warning. */
function inflections(v: string): string[] {
  const e = v.endsWith('e');
  const y = v.endsWith('y') && !/[aeiou]y$/.test(v);
  const stem = e || y ? v.slice(0, -1) : v;
  const third = y ? `${stem}ies` : /(s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`;
  const past = e ? `${v}d` : y ? `${stem}ied` : `${v}ed`;
  const ing = y ? `${v}ing` : `${stem}ing`;
  return [v, third, past, ing];
}

/** Cue verbs by class: regular base forms, then irregular forms as written. */
const CUE_VERBS: Record<CueClass, [regular: string, irregular: string]> = {
  speech: [
    'count tally suggest accuse acknowledge add allege announce argue assert boast brag charge cite claim clarify complain concede conclude confirm contend declare disclose emphasize emphasise explain insist inform joke list mention note post publish recall record repeat reply report respond reveal specify stress testify tweet update warn admit',
    'states stated stating admitted said say says saying tell tells telling told write writes writing wrote written',
  ],
  belief: [
    'believe expect fear worry suspect assume reckon estimate predict project calculate anticipate assess forecast',
    'forecasted think thinks thinking thought know knows knew known',
  ],
  intention: [
    'want propose aim intend pledge promise vow urge demand advocate',
    'plan plans planned planning seek seeks sought seeking',
  ],
  evidence: [
    'show indicate',
    'rated find finds found showed shown peg pegs pegged place places placed put puts putting',
  ],
};

/** The class of each cue verb form ("warned" → speech, "wants" → intention). */
export const CUE_CLASS: Record<string, CueClass> = table();
for (const cls of Object.keys(CUE_VERBS) as CueClass[]) {
  const [regular, irregular] = CUE_VERBS[cls];
  for (const v of regular.split(' ')) for (const f of inflections(v)) CUE_CLASS[f] ??= cls;
  for (const f of irregular.split(' ')) CUE_CLASS[f] ??= cls;
}

/**
 * Cue verbs that govern a content only with their particle ("called for",
 * "pointed out", "pushing for"); alone they report nothing ("called 3 times").
 */
export const PHRASAL_CUES: Record<string, CueClass> = table();
/** The particle each phrasal cue needs (see PHRASAL_CUES). */
export const CUE_PARTICLES: Record<string, Set<string>> = table();
for (const [verb, particles, cls] of [
  ['call', 'for on', 'intention'],
  ['push', 'for', 'intention'],
  ['point', 'out to', 'speech'],
  ['continue', ':', 'speech'],
] as const) {
  for (const f of inflections(verb)) {
    PHRASAL_CUES[f] = cls;
    CUE_PARTICLES[f] = set(particles);
  }
}

/** Reporting verbs (all forms): what makes someone the speaker of a clause. */
export const REPORT = new Set<string>([...Object.keys(CUE_CLASS), ...Object.keys(PHRASAL_CUES)]);

/** Participles that continue a clause's speaker ("…, saying that …"). */
export const PARTICIPLES = set(
  'saying adding claiming noting reporting stating announcing estimating insisting warning alleging asserting explaining accusing declaring confirming citing writing telling tweeting posting arguing',
);

/** Nouns that make an organisation or role: they may sit in a speaker's name in lower case. */
export const ROLE_WORDS = set(
  'spokesman spokeswoman spokesperson spokespeople officer officers minister ministry president prime premier chancellor secretary officials official authorities authority commander commanders governor mayor military army navy forces force air defense defence foreign interior health economic economy development finance government office agency police company operator report data statement statements readout experts expert analysts analyst sources source tracker monitor monitors group board prosecutor prosecutors prosecutor’s regional state state-run national security adviser advisor chief head deputy general staff service services guard border emergency emergencies rescuers administration council committee department bureau institute fund bank centre center organization organisation mission observers observer ombudsman commissioner envoy ambassador diplomat diplomats leader leaders lawmaker lawmakers deputies parliament legislature coalition ministry’s team unit units brigade battalion regiment division operator operators railway railways company’s figures estimates estimate projections projection forecast survey poll study researchers scientists doctors medics hospital hospitals witnesses residents journalists correspondent reporter reporters newspaper outlet channel media broadcaster blogger bloggers volunteers activists official’s spokesman’s',
);

/** Organisation heads: a name ending in one of these is not a person. */
export const ORG_HEADS = set(
  'states kingdom emirates republic programme program board union association federation network corporation institute university party commission authority movement front alliance watch international times post news press project court ministry force forces army navy military government office agency police company operator service services guard administration council committee department bureau institute fund bank centre center organization organisation mission kremlin parliament coalition staff command railway railways railroad tracker monitor group team unit units brigade report statement readout data figures estimates tass reuters ria interfax ukrinform deepstate un nato imf who eu',
);

/** Words after "the" that refer back to a named speaker ("the ministry", "the air force"). */
export const BACKREF_HEADS = ORG_HEADS;

/** Quotation marks that open or close only ("“…”", "«…»"); the straight '"' does both. */
export const QUOTE_OPENERS = new Set(['“', '«', '„']);
/** @see QUOTE_OPENERS */
export const QUOTE_CLOSERS = new Set(['”', '»']);

/** Articles: "the", "a", "an". */
export const ARTICLES = set('the a an');

/** Pronouns that may stand for a speaker ("he said", "according to them"). */
export const SPEAKER_PRONOUNS = set('he she they it him her them');

/** Pronouns of a person ("he said" refers back to a person, not a body). */
export const PERSON_PRONOUNS = set('he she him her');

/** Plural pronouns ("they said" refers back to a plural subject). */
export const PLURAL_PRONOUNS = set('they their them');

/** Pronouns of the writer or the reader: never a speaker we can name ("we said", "you know"). */
export const FIRST_PERSON = set('i we you');

/** Pronouns and possessives that open a subject referring back ("its", "he"): not a name of their own. */
export const REFERRING_OPENERS = set('its their he she it they');

/** Adverbs and auxiliaries between a subject and its reporting verb ("the ministry also said"). */
export const ADVERBS_BEFORE_VERB = set(
  'together also still previously reportedly repeatedly further later earlier had has have would will could may might then now separately once again recently already publicly officially initially originally subsequently meanwhile themselves itself himself herself just',
);

/** Titles abbreviated with a period inside a name ("Col. Yuriy Ihnat", "Dr. Ana Lis"). */
export const NAME_TITLES = set('mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep st');

/** Single-word places and bodies that "he" or "she" never refers to. */
export const NOT_PEOPLE = set(
  'russia ukraine moscow kyiv kiev washington israel iran china beijing london paris berlin brussels gaza hamas hezbollah kremlin nato europe america britain france germany poland belarus minsk tehran turkey ankara syria lebanon japan india',
);

/** Reporting words that are nouns too ("estimate", "reports"): as verbs they need a clause after them. */
export const NOUN_LIKE_REPORTING = set(
  'estimate estimates forecast forecasts report reports claim claims note notes state states count counts record records post posts show shows update updates list lists tally project projects promise promises tweet tweets warning warnings puts plan plans aim aims demand demands fear fears worry worries pledge pledges vow vows charge charges',
);

/** Words that open a clause after a reporting verb ("estimated that", "reports about 40"). */
export const CLAUSE_OPENERS = set(
  'that the a an it they he she we there its their his her about around nearly some more over up at as almost roughly approximately between fewer less this these those only',
);

/** Conjunctions that open a clause of their own ("While Kyiv put …", "but the army said"). */
export const SUBORDINATORS = set(
  'while when as after if although though since because but and so yet meanwhile however once unless whereas',
);

/** Documents that speak for the body that issued them ("the report", "the statement"). */
export const DOCUMENTS = set('report statement readout update bulletin data figures');

/** Documents that name their issuer after "from", "by" or "of" ("statements from both governments"). */
export const SOURCE_DOCUMENTS = set('statement statements data figures report reports estimate estimates');

/** Prepositions after a document that introduce its issuer. */
export const ISSUER_PREPOSITIONS = set('from by of');

/** Parts of a day after a weekday ("on Monday morning said"). */
export const DAY_PARTS = set('morning night evening afternoon');

/** Lower-case adjectives that may sit in a speaker's name ("local officials", "senior Russian officials"). */
export const NAME_ADJECTIVES = set(
  'southern northern eastern western central local senior top former acting deputy chief russian-installed russian-backed pro-russian pro-kremlin independent official unnamed anonymous several two three some many other private ukrainian russian',
);

/** Nouns of figures a body owns ("its forecast", "according to the Fund's projections"). */
export const FIGURE_NOUNS = set(
  'forecast forecasts estimate estimates projection projections figure figures assessment assessments tally count toll data number numbers statistics',
);

/** Words that open an introductory phrase before a sentence's subject ("In March, …", "Overall, …"). */
export const INTRO_WORDS = set(
  'in on at earlier later meanwhile last as since for after following before during however overall separately according regarding but and also by from this yesterday today overnight then',
);

/** Determiners and possessives that may open a sentence's subject ("The ministry", "Its data"). */
export const SUBJECT_OPENERS = set('the a an its their his her');

/** Determiners that may open a speaker's name after a verb ("said the ministry", "according to both sides"). */
export const NAME_OPENERS = set('the a an its their both all');

/** Words before a reporting word that make it a noun or a passive ("the report", "was said", "to say"). */
export const NOT_BEFORE_VERB = set(
  'the a an its their his her our this that these those was were been be is are being to',
);

/** Adjectives before a reporting word that is a noun too make it the noun ("new estimates", "official figures", "media reports"). */
export const ADJECTIVES_BEFORE_NOUN = set(
  'media news latest new first initial further more earlier official unconfirmed',
);

/** Participles after "quoted X as" that make X the speaker ("quoted Peskov as saying"). */
export const QUOTED_AS = set('saying telling stating');

/** Role words that name a person ("he" or "she" can refer back to them). */
export const PERSON_ROLES = set(
  'spokesman spokeswoman spokesperson minister president premier chancellor commander officer operator official governor mayor analyst expert adviser advisor chief head deputy envoy ambassador diplomat soldier resident witness doctor lawmaker leader general colonel prosecutor ombudsman commissioner secretary correspondent reporter blogger source pilot engineer driver farmer volunteer activist researcher economist',
);

/** Verbs that report a figure only as "put the toll at N" (an "at" follows): "put in $5" reports nothing. */
export const PUT_AT_VERBS = set('put puts putting place places placed peg pegs pegged');

/** Verbs of finding that report only for a source of evidence ("the study found", "researchers found"). */
export const FINDING_VERBS = set('find finds found');

/**
 * Sources of evidence: a poll, study, report, survey… is the source of its
 * figures ("a new poll shows 49%"), named with its owner where the sentence
 * gives one ("an analysis by the bank found").
 */
export const EVIDENCE_NOUNS = set(
  'poll polls survey surveys study studies report reports analysis analyses audit audits review reviews census investigation investigations research researchers analysts forecast forecasts estimate estimates projection projections assessment assessments tally count data figures statistics index model models paper papers inquiry probe documents records filings complaint complaints indictment tracker slide slides chart charts graph graphs memo memos',
);

/** Figure nouns a possessor owns ("Rosstat's figure", "the IMF's forecast of 5.6%", "the government's target of 7.5%"). */
export const OWNED_FIGURE_NOUNS = set(
  'forecast forecasts estimate estimates projection projections figure figures assessment tally count toll data number numbers statistics target targets goal tally census poll survey study analysis report plan plans proposal proposals budget claim claims promise pledge',
);

/** Inanimate nouns that are never a speaker by themselves ("data show", "growth reached", "results suggest"). */
export const NEVER_SPEAKERS = set(
  'growth results result video videos economy prices price inflation sales revenue numbers number rate rates trend trends chart charts graph map maps photos images footage evidence data figures statistics',
);

/** Places named by a common noun alone ("the country would leave"): never a claimant, nor what "it" stands for. */
export const PLACE_NOUNS = set('country nation region world continent island');

/** Verbs by which a body gives a figure of its own ("has set a target of 7.5%", "issued a forecast of 2%"). */
export const OWNING_VERBS = set(
  'set sets setting issued issues published publishes gave gives announced unveiled adopted',
);

/** Figure nouns a body owns by setting or issuing them ("a growth target of 7.5%"). */
export const OWNED_TARGETS = set('target targets goal goals');

/** Generic nouns by which an article refers back to a body it named ("the lender" for the IMF, "the watchdog"). */
export const GENERIC_BODIES = set(
  'lender watchdog regulator body organisation organization institution fund agency',
);

/** Words that open a relative or time clause of the outlet's own after a report ("…, which cut power", "… before the storm"). */
export const RELATIVES = set('which who whom whose where before until');

/** Words after a comma that end a cue's content: a clause of the outlet's own follows (", but polls are no measure…"). */
export const CONTENT_BREAKS = set('but although though whereas however while');

/** Prepositions of a verb's tail ("said on Tuesday", "told reporters in Kyiv", "wrote in a June report"). */
export const TAIL_PREPOSITIONS = set('on in at during via through to from with after before by');

/** Determiners that open a short noun phrase in a verb's tail ("in a statement", "on its channel"). */
export const TAIL_DETERMINERS = set('the a an its his her their this last');

/** Time words of a verb's tail ("said yesterday", "told reporters overnight"). */
export const TAIL_TIME_WORDS = set('today yesterday tonight overnight earlier later again also');

/** Prepositions that open a phrase naming a source ("In the poll, …", "Under X's plan, …", "…, by one estimate"). */
export const EVIDENCE_PREPOSITIONS = set('in under by per');

/** Words after a figure noun or a plan that open what it says ("X's forecast of 5.6%", "X's plan to cut …", "X's claim that …"). */
export const NOUN_COMPLEMENTS = set('of to that for at');

/** Verbs after an owned figure noun or plan that give its figures ("X's plan would cap …", "X's figure included …"). */
export const OWNED_PREDICATES = set(
  'would will could might may calls called includes included include aims seeks proposes sets set requires required is was are were stands stood puts put shows showed showing envisages envisions foresees projects projected counts counted',
);

/** Words that stand for no one as a subject ("some say", "many believe", "others warned"). */
export const VAGUE_SUBJECTS = set('some many others most few several all both critics');
