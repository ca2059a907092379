/**
 * Russian and Ukrainian extraction speed: a 50,000-word article in each language, built from
 * sentences written for the bench, beside the English one measured in the same run.
 */
import { extractClaims } from '../../utils/extract';
import { generatedArticle } from './extract.bench';
import { timeMedian, type BenchSection, type Figure } from './section';

/** Russian sentences written for the bench (not taken from any article). */
const RU = [
  'В ночь на 12 мая дежурные средства ПВО уничтожили 43 беспилотника над Брянской областью, сообщили в Минобороны России.',
  'По словам губернатора, из трёх сёл у реки эвакуированы около 1 200 жителей.',
  '«Мы потеряли питание на 17 подстанциях, но к полудню бригады восстановили большинство из них», — сказал министр энергетики.',
  'По данным береговой охраны, более 60 рыболовецких судов второй день остаются в порту.',
  'Выручка компании за квартал составила 2,4 млрд рублей, что на 6,5% больше, чем годом ранее.',
  'Паводок затопил примерно 350 кв. км сельхозугодий в долине.',
  'Повреждены две больницы и одна школа, пострадали 14 человек, написал мэр в телеграм-канале.',
  'В ведомстве добавили, что 25 из них получили помощь на месте.',
  'Полиция задержала десятки протестующих и оштрафовала 18 водителей, сообщил источник.',
  'Почти половина из 900 работников завода подписала обращение, заявила глава профсоюза Мария Костина.',
];

/** Ukrainian sentences written for the bench (not taken from any article). */
const UK = [
  'У ніч на 12 травня росіяни атакували Україну 88 ударними БпЛА, збито 61, повідомили у Повітряних силах ЗСУ.',
  'За словами голови громади, з трьох сіл біля річки евакуювали близько 1 200 мешканців.',
  '«Ми втратили живлення на 17 підстанціях, але до обіду бригади відновили більшість із них», — сказав міністр енергетики.',
  'За даними прикордонників, понад 60 рибальських суден другу добу залишаються в порту.',
  'Виторг компанії за квартал склав 2,4 млрд гривень, що на 6,5% більше, ніж роком раніше.',
  'Повінь затопила приблизно 350 кв. км сільгоспугідь у долині.',
  'Пошкоджено дві лікарні та одну школу, постраждали 14 людей, написав мер у телеграм-каналі.',
  'У відомстві додали, що 25 із них отримали допомогу на місці.',
  'Поліція затримала десятки протестувальників і оштрафувала 18 водіїв, повідомило джерело.',
  'Майже половина з 900 працівників заводу підписала звернення, заявила очільниця профспілки Марія Костенко.',
];

const bench: BenchSection = () => {
  const en = generatedArticle(50_000);
  const ru = generatedArticle(50_000, RU);
  const uk = generatedArticle(50_000, UK);
  const opts = { published: '2025-05-12' };
  const en50k = timeMedian(() => extractClaims(en, opts), 15, 3);
  const ru50k = timeMedian(() => extractClaims(ru, { ...opts, lang: 'ru' }), 15, 3);
  const uk50k = timeMedian(() => extractClaims(uk, { ...opts, lang: 'uk' }), 15, 3);
  const figures: Figure[] = [
    { key: 'extract_50k_en_ms', label: 'extract a 50,000-word English article', value: en50k, unit: 'ms' },
    {
      key: 'extract_50k_ru_ms',
      label: 'extract a 50,000-word Russian article',
      value: ru50k,
      unit: 'ms',
      goal: '< 40 ms',
    },
    {
      key: 'extract_50k_uk_ms',
      label: 'extract a 50,000-word Ukrainian article',
      value: uk50k,
      unit: 'ms',
      goal: '< 40 ms',
    },
    {
      key: 'extract_50k_ru_claims',
      label: 'claims found in the Russian article',
      value: extractClaims(ru, { ...opts, lang: 'ru' }).length,
      unit: 'claims',
    },
    {
      key: 'extract_50k_uk_claims',
      label: 'claims found in the Ukrainian article',
      value: extractClaims(uk, { ...opts, lang: 'uk' }).length,
      unit: 'claims',
    },
  ];
  return Promise.resolve(figures);
};

export default bench;
