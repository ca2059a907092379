/**
 * What an English text shows of a person's gender, so that "she said" finds
 * the woman named before and not the last-named man: titles, gendered role
 * nouns, and common given names (English and names frequent in news from
 * Ukraine, Russia and Europe). A name on neither list leaves the gender open.
 */
import { set } from './table';

/** Titles and role nouns that name a woman ("Mrs. Lis", "spokeswoman Ana Lis"). */
export const FEMALE_WORDS = set(
  'mrs ms miss madam madame lady dame queen princess duchess spokeswoman chairwoman congresswoman councilwoman businesswoman stateswoman anchorwoman policewoman woman girl mother wife daughter sister grandmother aunt niece widow actress',
);

/** Titles and role nouns that name a man ("Mr. Rek", "spokesman Tomas Rek"). */
export const MALE_WORDS = set(
  'mr sir lord king prince duke spokesman chairman congressman councilman businessman statesman anchorman policeman man boy father husband son brother grandfather uncle nephew widower actor',
);

/** Given names borne mostly by women. */
export const FEMALE_NAMES = set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela shirley anna ana brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane julie joyce victoria kelly christina joan evelyn lauren judith olivia martha cheryl megan andrea hannah jacqueline ann gloria teresa kathryn sara janice julia grace judy theresa madison beverly denise marilyn amber danielle rose brittany diana abigail natalie jane lori alexis tiffany kayla hillary hilary nikki sophie sophia charlotte lucy alice claire ellen elena elaine ivanka melania michelle kamala nancy condoleezza madeleine theresa angela ursula kaja marine ilhan alexandria tulsi loretta janet sonia ruth jill laura barbara chelsea huma kellyanne sarah sheryl greta jacinda giorgia annalena liz priti suella olena iryna irina oksana yulia yuliia tetiana tatiana tatyana natalia nataliya nataliia svitlana svetlana lyudmila liudmyla valentina maria mariya mariia kateryna ekaterina yekaterina anastasia anastasiia viktoriia viktoria daria darya alina polina olga olha halyna galina larysa larisa nadiya nadezhda vira vera inna hanna marina maryna ksenia kseniia lesia iryna zoya sofia yana elvira tamara ludmila agnieszka katarzyna malgorzata fatima aisha leila layla mariam maryam noor sanna kaja mette ingrid astrid marta ewa anja eva',
);

/** Given names borne mostly by men. */
export const MALE_NAMES = set(
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack bill mike mitch chuck ted rand marco bernie hunter joe tim mitt newt rudy rex reince jared steve ron rick rudy vladimir volodymyr dmitry dmitri dmytro sergei sergey serhiy serhii oleksandr aleksandr alexander alexei oleksii oleksiy andriy andrii andrei andrey mykhailo mikhail mykola nikolai nikolay yuriy yuri yury ivan petro pyotr pavlo pavel valeriy valery vitaliy vitali vitaly viktor igor ihor oleg oleh maxim maksym kyrylo kirill denys denis roman ruslan anatoliy anatoly vadym vadim vasyl vasily yevgeny yevhen evgeny gennady hennadiy konstantin kostiantyn stanislav rustem arseniy arseny boris leonid emmanuel olaf friedrich boris rishi keir recep benjamin yoav isaac ehud naftali yair mahmoud ali mohammed muhammad jim tom dan bob ben sam nick jon tony ed al fred greg ken ray rob stan chris pete phil tom ted quentin cornell elijah jeb jon lester chuck dick newt ahmed hassan hussein abdul omar ismail yahya xi wang antonio pedro luiz jair javier pedro giuseppe mario matteo viktor andrzej mateusz donald jens mark antony lloyd jake ned matt kirby piotr jonas lars jan tomas tomasz',
);
