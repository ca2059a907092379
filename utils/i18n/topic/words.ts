/**
 * The words a topic label is made of, in Ukrainian and Russian: the sides, the dataset's
 * places, and what a page figure counts (things, roles, measures). The English is the
 * matcher's own words. A word with no entry is written as the matcher has it.
 */
import type { MetricLanguage } from './metrics';

/** A side's name as the subject, and after "losses of" (genitive). */
interface SideName {
  nominative: string;
  genitive: string;
}

/** The dataset's sides. */
export const SIDE_NAMES: Record<MetricLanguage, Record<string, SideName>> = {
  uk: {
    ukraine: { nominative: 'Україна', genitive: 'України' },
    russia: { nominative: 'Росія', genitive: 'Росії' },
    israel: { nominative: 'Ізраїль', genitive: 'Ізраїлю' },
    'gaza-authorities': { nominative: 'Влада Гази', genitive: 'влади Гази' },
    'palestinian-authority': {
      nominative: 'Палестинська адміністрація',
      genitive: 'Палестинської адміністрації',
    },
    hezbollah: { nominative: 'Хезболла', genitive: 'Хезболли' },
    lebanon: { nominative: 'Ліван', genitive: 'Лівану' },
    independent: { nominative: 'Незалежні джерела', genitive: 'за незалежними джерелами' },
    international: { nominative: 'Міжнародні організації', genitive: 'за міжнародними організаціями' },
    other: { nominative: 'Інші', genitive: 'інших' },
  },
  ru: {
    ukraine: { nominative: 'Украина', genitive: 'Украины' },
    russia: { nominative: 'Россия', genitive: 'России' },
    israel: { nominative: 'Израиль', genitive: 'Израиля' },
    'gaza-authorities': { nominative: 'Власти Газы', genitive: 'властей Газы' },
    'palestinian-authority': {
      nominative: 'Палестинская администрация',
      genitive: 'Палестинской администрации',
    },
    hezbollah: { nominative: 'Хезболла', genitive: 'Хезболлы' },
    lebanon: { nominative: 'Ливан', genitive: 'Ливана' },
    independent: { nominative: 'Независимые источники', genitive: 'по независимым источникам' },
    international: { nominative: 'Международные организации', genitive: 'по международным организациям' },
    other: { nominative: 'Другие', genitive: 'других' },
  },
};

/** The dataset's place keys (utils/dataset/place.ts), [Ukrainian, Russian]. */
const PLACES: Record<string, [string, string]> = {
  kyiv: ['Київ', 'Киев'],
  kharkiv: ['Харків', 'Харьков'],
  odesa: ['Одеса', 'Одесса'],
  sumy: ['Суми', 'Сумы'],
  poltava: ['Полтава', 'Полтава'],
  dnipropetrovsk: ['Дніпропетровщина', 'Днепропетровская область'],
  dnipro: ['Дніпро', 'Днепр'],
  'kryvyi rih': ['Кривий Ріг', 'Кривой Рог'],
  chernihiv: ['Чернігів', 'Чернигов'],
  zaporizhzhia: ['Запоріжжя', 'Запорожье'],
  kherson: ['Херсон', 'Херсон'],
  mykolaiv: ['Миколаїв', 'Николаев'],
  donetsk: ['Донецьк', 'Донецк'],
  luhansk: ['Луганськ', 'Луганск'],
  lviv: ['Львів', 'Львов'],
  zhytomyr: ['Житомир', 'Житомир'],
  vinnytsia: ['Вінниця', 'Винница'],
  khmelnytskyi: ['Хмельницький', 'Хмельницкий'],
  starokostiantyniv: ['Старокостянтинів', 'Староконстантинов'],
  rivne: ['Рівне', 'Ровно'],
  volyn: ['Волинь', 'Волынь'],
  ternopil: ['Тернопіль', 'Тернополь'],
  'ivano-frankivsk': ['Івано-Франківськ', 'Ивано-Франковск'],
  chernivtsi: ['Чернівці', 'Черновцы'],
  zakarpattia: ['Закарпаття', 'Закарпатье'],
  cherkasy: ['Черкаси', 'Черкассы'],
  kirovohrad: ['Кіровоградщина', 'Кировоградская область'],
  south: ['Південь України', 'Юг Украины'],
  east: ['Схід України', 'Восток Украины'],
  west: ['Захід України', 'Запад Украины'],
  center: ['Центр України', 'Центр Украины'],
  kursk: ['Курськ', 'Курск'],
  sudzha: ['Суджа', 'Суджа'],
  belgorod: ['Бєлгород', 'Белгород'],
  bryansk: ['Брянськ', 'Брянск'],
  krasnodar: ['Краснодарський край', 'Краснодарский край'],
  kavkazskaya: ['Кавказька', 'Кавказская'],
  rostov: ['Ростов', 'Ростов'],
  voronezh: ['Воронеж', 'Воронеж'],
  oryol: ['Орел', 'Орёл'],
  'moscow region': ['Московська область', 'Московская область'],
  tula: ['Тула', 'Тула'],
  kaluga: ['Калуга', 'Калуга'],
  smolensk: ['Смоленськ', 'Смоленск'],
  lipetsk: ['Липецьк', 'Липецк'],
  tambov: ['Тамбов', 'Тамбов'],
  saratov: ['Саратов', 'Саратов'],
  tatarstan: ['Татарстан', 'Татарстан'],
  gaza: ['Газа', 'Газа'],
  'gaza city': ['Місто Газа', 'Город Газа'],
  'khan younis': ['Хан-Юніс', 'Хан-Юнис'],
  rafah: ['Рафах', 'Рафах'],
  'deir al-balah': ['Дейр-ель-Балах', 'Дейр-эль-Балах'],
  jabalia: ['Джабалія', 'Джабалия'],
  'beit lahia': ['Бейт-Лахія', 'Бейт-Лахия'],
  nuseirat: ['Нусейрат', 'Нусейрат'],
  'west bank': ['Західний берег', 'Западный берег'],
  jenin: ['Дженін', 'Дженин'],
  tulkarm: ['Тулькарм', 'Тулькарм'],
  nablus: ['Наблус', 'Наблус'],
  hebron: ['Хеврон', 'Хеврон'],
  ramallah: ['Рамалла', 'Рамалла'],
  tubas: ['Тубас', 'Тубас'],
  qalqilya: ['Калькілія', 'Калькилия'],
  bethlehem: ['Віфлеєм', 'Вифлеем'],
  jericho: ['Єрихон', 'Иерихон'],
  lebanon: ['Ліван', 'Ливан'],
  beirut: ['Бейрут', 'Бейрут'],
  'southern lebanon': ['Південний Ліван', 'Южный Ливан'],
  tyre: ['Тір', 'Тир'],
  sidon: ['Сидон', 'Сидон'],
  nabatieh: ['Набатія', 'Набатия'],
  baalbek: ['Баальбек', 'Баальбек'],
  bekaa: ['Бекаа', 'Бекаа'],
};

/** A dataset place key's name in `language`, or null when none is written. */
export function placeName(key: string, language: MetricLanguage): string | null {
  const names = PLACES[key];
  return names ? names[language === 'uk' ? 0 : 1] : null;
}

/** A page topic's words: [Ukrainian, Russian]. */
type Pair = [string, string];

/** What a page figure counts (plural, as a label begins). */
const THINGS: Record<string, Pair> = {
  person: ['Люди', 'Люди'],
  drone: ['Дрони', 'Дроны'],
  missile: ['Ракети', 'Ракеты'],
  area: ['Площа', 'Площадь'],
  length: ['Довжина', 'Длина'],
  mass: ['Маса', 'Масса'],
  volume: ['Об’єм', 'Объём'],
  percent: ['Частка (%)', 'Доля (%)'],
};

/** Which people (the matcher's roles, utils/match/what.ts), plural. */
const ROLES: Record<string, Pair> = {
  soldier: ['Військові', 'Военные'],
  fighter: ['Бойовики', 'Боевики'],
  civilian: ['Цивільні', 'Мирные жители'],
  child: ['Діти', 'Дети'],
  migrant: ['Мігранти', 'Мигранты'],
  refugee: ['Біженці', 'Беженцы'],
  protester: ['Протестувальники', 'Протестующие'],
  prisoner: ['Полонені', 'Пленные'],
  hostage: ['Заручники', 'Заложники'],
  voter: ['Виборці', 'Избиратели'],
  worker: ['Працівники', 'Работники'],
  patient: ['Пацієнти', 'Пациенты'],
  resident: ['Мешканці', 'Жители'],
};

/** The peoples a role is qualified by ("israeli soldier"), as a plural adjective. */
const PEOPLES: Record<string, Pair> = {
  ukrainian: ['українські', 'украинские'],
  russian: ['російські', 'российские'],
  israeli: ['ізраїльські', 'израильские'],
  palestinian: ['палестинські', 'палестинские'],
  lebanese: ['ліванські', 'ливанские'],
  syrian: ['сирійські', 'сирийские'],
  iranian: ['іранські', 'иранские'],
  american: ['американські', 'американские'],
};

/** The measure classes (utils/extract/frame-measure.ts), as a label's second half. */
const MEASURES: Record<string, Pair> = {
  killed: ['загиблі', 'погибшие'],
  injured: ['поранені', 'раненые'],
  casualties: ['убиті й поранені', 'убитые и раненые'],
  missing: ['зниклі безвісти', 'пропавшие без вести'],
  detained: ['затримані', 'задержанные'],
  evacuated: ['евакуйовані', 'эвакуированные'],
  attended: ['учасники', 'участники'],
  present: ['присутні', 'находящиеся на месте'],
  launched: ['запущені', 'запущенные'],
  'shot down': ['збиті', 'сбитые'],
  struck: ['влучання', 'поражения'],
  lost: ['втрачені', 'потерянные'],
  released: ['звільнені', 'освобождённые'],
  captured: ['захоплені', 'захваченные'],
  controls: ['під контролем', 'под контролем'],
  cases: ['випадки', 'случаи'],
  growth: ['зростання', 'рост'],
  inflation: ['інфляція', 'инфляция'],
  deficit: ['дефіцит', 'дефицит'],
  unemployment: ['безробіття', 'безработица'],
  population: ['населення', 'население'],
  votes: ['голоси', 'голоса'],
  budget: ['бюджет', 'бюджет'],
  cost: ['вартість', 'стоимость'],
  debt: ['борг', 'долг'],
};

const pick = (pair: Pair | undefined, language: MetricLanguage) =>
  pair ? pair[language === 'uk' ? 0 : 1] : undefined;

/** Who a page figure counts ("israeli soldier" → "Ізраїльські військові"), or null when the role is unknown. */
export function kindName(kind: string, language: MetricLanguage): string | null {
  const words = kind.split(' ');
  const role = pick(ROLES[words[words.length - 1] ?? ''], language);
  if (!role) return null;
  const mods = words.slice(0, -1).map((w) => pick(PEOPLES[w], language));
  if (mods.some((m) => m === undefined)) return null;
  if (mods.length === 0) return role;
  const adjective = (mods as string[]).join(' ');
  return `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} ${role.toLowerCase()}`;
}

/** What a page figure counts in `language` ("drone" → "Дрони"), or null when no name is written. */
export function thingName(thing: string, language: MetricLanguage): string | null {
  return pick(THINGS[thing], language) ?? null;
}

/** A measure class in `language` ("killed" → "загиблі"), or null when no name is written. */
export function measureName(measure: string, language: MetricLanguage): string | null {
  return pick(MEASURES[measure], language) ?? null;
}
