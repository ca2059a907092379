/** English reporting verbs, roles and bodies: who says a figure. */
import { set } from './table';

/** Reporting verbs (all forms): what makes someone the speaker of a clause. */
export const REPORT = new Set<string>();
for (const v of 'accuse acknowledge add allege announce anticipate argue assert assess boast calculate cite claim clarify complain concede confirm count declare estimate expect explain indicate inform insist joke list mention note pledge post predict project promise propose publish publishes recall record report reveal specify state suggest tally testify tweet update urge vow warn wrote'.split(
  ' ',
)) {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v.endsWith('y') ? v.slice(0, -1) : v;
  const y = v.endsWith('y');
  for (const f of [
    v,
    y ? `${stem}ies` : v.endsWith('s') ? `${v}es` : `${v}s`,
    v.endsWith('e') ? `${v}d` : y ? `${stem}ied` : `${v}ed`,
    y ? `${v}ing` : `${stem}ing`,
  ])
    REPORT.add(f);
}
for (const f of 'admit admits admitted believe believes believed find finds found forecast forecasted forecasts peg pegs pegged place places placed put puts putting said say saying says show showed showing shown shows tell telling tells told think thinks thought write writes writing wrote'.split(
  ' ',
))
  REPORT.add(f);

/** Participles that continue a clause's speaker ("…, saying that …"). */
export const PARTICIPLES = set(
  'saying adding claiming noting reporting stating announcing estimating insisting warning alleging asserting explaining accusing declaring confirming citing',
);

/** Nouns that make an organisation or role: they may sit in a speaker's name in lower case. */
export const ROLE_WORDS = set(
  'spokesman spokeswoman spokesperson spokespeople officer officers minister ministry president prime premier chancellor secretary officials official authorities authority commander commanders governor mayor military army navy forces force air defense defence foreign interior health economic economy development finance government office agency police company operator report data statement statements readout experts expert analysts analyst sources source tracker monitor monitors group prosecutor prosecutors prosecutor’s regional state state-run national security adviser advisor chief head deputy general staff service services guard border emergency emergencies rescuers administration council committee department bureau institute fund bank centre center organization organisation mission observers observer ombudsman commissioner envoy ambassador diplomat diplomats leader leaders lawmaker lawmakers deputies parliament legislature coalition ministry’s team unit units brigade battalion regiment division operator operators railway railways company’s figures estimates estimate projections projection forecast survey poll study researchers scientists doctors medics hospital hospitals witnesses residents journalists correspondent reporter reporters newspaper outlet channel media broadcaster blogger bloggers volunteers activists official’s spokesman’s',
);

/** Organisation heads: a name ending in one of these is not a person. */
export const ORG_HEADS = set(
  'programme program union association federation network corporation institute university party commission authority movement front alliance watch international times post news press project court ministry force forces army navy military government office agency police company operator service services guard administration council committee department bureau institute fund bank centre center organization organisation mission kremlin parliament coalition staff command railway railways railroad tracker monitor group team unit units brigade report statement readout data figures estimates tass reuters ria interfax ukrinform deepstate un nato imf who eu',
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
  'estimate estimates forecast forecasts report reports claim claims note notes state states count counts record records post posts show shows update updates list lists tally project projects promise promises tweet tweets warning warnings puts',
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
  'poll polls survey surveys study studies report reports analysis analyses audit audits review reviews census investigation investigations research researchers analysts forecast forecasts estimate estimates projection projections assessment assessments tally count data figures statistics index model models paper papers inquiry probe',
);

/** Figure nouns a possessor owns ("Rosstat's figure", "the IMF's forecast of 5.6%", "the government's target of 7.5%"). */
export const OWNED_FIGURE_NOUNS = set(
  'forecast forecasts estimate estimates projection projections figure figures assessment tally count toll data number numbers statistics target targets goal tally census poll survey study analysis report',
);

/** Inanimate nouns that are never a speaker by themselves ("data show", "growth reached", "results suggest"). */
export const NEVER_SPEAKERS = set(
  'growth results result video videos economy prices price inflation sales revenue numbers number rate rates trend trends chart charts graph map maps photos images footage evidence data figures statistics',
);

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
