import type { Random } from './random.ts';

/** The languages of the synthetic articles, in the proportions the real archive has them. */
export const LANGUAGES = ['en', 'en', 'en', 'de', 'de', 'zh-Hans'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A sentence as an article prints it, and its English version (the editors' translation). */
export type Sentence = { text: string; en: string };

type Words = Record<string, { en: string; de: string; zh: string }>;

export const FOCUS: Words = {
  compute: { en: 'computing power', de: 'Rechenleistung', zh: '算力' },
  models: { en: 'large AI models', de: 'KI-Modelle', zh: '大模型' },
  data: { en: 'training data', de: 'Trainingsdaten', zh: '数据' },
  robotics: { en: 'robotics', de: 'Robotik', zh: '机器人' },
  chips: { en: 'semiconductor chips', de: 'Halbleiterchips', zh: '芯片' },
  talent: { en: 'AI talent', de: 'KI-Talente', zh: '人才' },
  startups: { en: 'AI start-ups', de: 'KI-Startups', zh: '初创企业' },
  manufacturing: { en: 'smart manufacturing', de: 'intelligente Fertigung', zh: '智能制造' },
  'open-source': { en: 'open-source software', de: 'Open-Source-Software', zh: '开源软件' },
  applications: { en: 'AI applications', de: 'KI-Anwendungen', zh: '人工智能应用' },
  research: { en: 'basic research', de: 'Grundlagenforschung', zh: '基础研究' },
};

export const INSTRUMENTS: Words = {
  grant: { en: 'grant', de: 'Förderung', zh: '资助' },
  subsidy: { en: 'subsidy', de: 'Subvention', zh: '补贴' },
  voucher: { en: 'voucher', de: 'Gutschein', zh: '券' },
  fund: { en: 'fund', de: 'Fonds', zh: '基金' },
  'tax-relief': { en: 'tax relief', de: 'Steuererleichterung', zh: '税收减免' },
  zone: { en: 'pilot zone', de: 'Pilotzone', zh: '示范区' },
  pilot: { en: 'pilot scheme', de: 'Pilotprojekt', zh: '试点' },
  initiative: { en: 'initiative', de: 'Initiative', zh: '行动计划' },
  event: { en: 'trade fair', de: 'Messe', zh: '博览会' },
  budget: { en: 'budget line', de: 'Haushaltsposten', zh: '预算' },
};

const AIMS: Words = {
  costs: { en: 'lower the cost of computing power for small firms', de: 'die Kosten für Rechenleistung kleiner Firmen zu senken', zh: '降低中小企业的算力成本' },
  factories: { en: 'help factories adopt industrial robots', de: 'Fabriken bei der Einführung von Industrierobotern zu helfen', zh: '帮助工厂引入工业机器人' },
  talent: { en: 'attract researchers from abroad', de: 'Forscher aus dem Ausland anzuziehen', zh: '吸引海外研究人员' },
  chips: { en: 'reduce the dependence on imported chips', de: 'die Abhängigkeit von importierten Chips zu verringern', zh: '减少对进口芯片的依赖' },
  startups: { en: 'give young companies office space and seed money', de: 'jungen Firmen Büroflächen und Startkapital zu geben', zh: '为初创企业提供办公空间和启动资金' },
  data: { en: 'open public data sets to model developers', de: 'öffentliche Datensätze für Modellentwickler zu öffnen', zh: '向模型开发者开放公共数据集' },
};

const ROLES = [
  { en: 'an emerging hub', de: 'ein aufstrebendes Zentrum', zh: '新兴中心' },
  { en: 'a leading centre', de: 'ein führender Standort', zh: '领先基地' },
  { en: 'a fast-growing base', de: 'ein schnell wachsender Standort', zh: '快速发展的基地' },
];

const KNOWN_FOR = [
  { en: 'its industrial vision systems', de: 'seine industriellen Bildverarbeitungssysteme', zh: '工业视觉系统' },
  { en: 'its cloud computing services', de: 'seine Cloud-Dienste', zh: '云计算服务' },
  { en: 'its humanoid robots', de: 'seine humanoiden Roboter', zh: '人形机器人' },
  { en: 'its AI accelerator chips', de: 'seine KI-Beschleunigerchips', zh: 'AI加速芯片' },
  { en: 'its open-source language models', de: 'seine quelloffenen Sprachmodelle', zh: '开源语言模型' },
  { en: 'its autonomous driving software', de: 'seine Software für autonomes Fahren', zh: '自动驾驶软件' },
];

/** Amounts in yuan as each language writes them. */
export function amountWords(yuan: number): { en: string; de: string; zh: string } {
  const millions = yuan / 1e6;
  return { en: `${millions} million yuan`, de: `${millions} Millionen Yuan`, zh: `${millions * 100}万元` };
}

/** What a program's first sentence says: who announced it, what it is and what it is worth. */
export function announceSentence(language: Language, p: { name: string; city: string; cityZh: string; instrument: string; focus: string[]; amount?: number | undefined }): Sentence {
  const focusOf = (lang: 'en' | 'de' | 'zh') => p.focus.map((f) => FOCUS[f]?.[lang]).join(lang === 'zh' ? '、' : lang === 'en' ? ' and ' : ' und ');
  const instrument = INSTRUMENTS[p.instrument] ?? { en: p.instrument, de: p.instrument, zh: p.instrument };
  const money = p.amount === undefined ? undefined : amountWords(p.amount);
  const en = `${p.city} announced the ${p.name}, a ${instrument.en} for ${focusOf('en')}${money ? ` worth ${money.en}` : ''}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${p.city} hat das Programm „${p.name}“ angekündigt, eine ${instrument.de} für ${focusOf('de')}${money ? ` im Wert von ${money.de}` : ''}.`, en };
  return { text: `${p.cityZh}发布了“${p.name}”，以${instrument.zh}支持${focusOf('zh')}${money ? `，总额${money.zh}` : ''}。`, en };
}

/** The sentence that links a program to the organisation that runs it or takes part. */
export function programOrganisationSentence(language: Language, program: string, organisation: string, issuer: boolean): Sentence {
  const en = issuer ? `The ${program} is run by ${organisation}.` : `${organisation} takes part in the ${program}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: issuer ? `Das Programm „${program}“ wird von ${organisation} verwaltet.` : `${organisation} beteiligt sich am Programm „${program}“.`, en };
  return { text: issuer ? `“${program}”由${organisation}负责实施。` : `${organisation}参与了“${program}”。`, en };
}

/** A program's aim, in the article's words. */
export function aimSentence(language: Language, random: Random, program: string): Sentence & { aim: string } {
  const aim = random.pick(Object.values(AIMS));
  const en = `The ${program} aims to ${aim.en}.`;
  const text = language === 'en' ? en : language === 'de' ? `Das Programm „${program}“ soll ${aim.de}.` : `“${program}”旨在${aim.zh}。`;
  return { text, en, aim: `To ${aim.en}.` };
}

/** Who may apply to a program. */
export function eligibilitySentence(language: Language, random: Random, program: string, city: string): Sentence & { rule: string } {
  const staff = random.pick([50, 100, 200, 500]);
  const rule = `Companies registered in ${city} with fewer than ${staff} employees.`;
  const en = `Companies registered in ${city} with fewer than ${staff} employees may apply to the ${program}.`;
  const text = language === 'en' ? en : language === 'de' ? `Firmen aus ${city} mit weniger als ${staff} Beschäftigten können sich für das Programm „${program}“ bewerben.` : `在${city}注册、员工少于${staff}人的企业可以申请“${program}”。`;
  return { text, en, rule };
}

/** What kind of place a city is, naming its parent. */
export function roleSentence(language: Language, random: Random, city: string, cityZh: string, focus: string, parent: string | undefined): Sentence {
  const role = random.pick(ROLES);
  const f = FOCUS[focus] ?? FOCUS.compute!;
  const where = parent ? { en: ` in ${parent}`, de: ` in ${parent}`, zh: `${parent}的` } : { en: '', de: '', zh: '' };
  const en = `${city} is ${role.en} for ${f.en}${where.en}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${city} ist ${role.de} für ${f.de}${where.de}.`, en };
  return { text: `${cityZh}是${where.zh}${f.zh}${role.zh}。`, en };
}

/** A figure about a place, such as new companies or computing capacity. */
export function cityFactSentence(language: Language, random: Random, city: string, cityZh: string): Sentence {
  const year = random.int(2015, 2026);
  const n = random.int(12, 900);
  if (random.chance(0.5)) {
    const en = `In ${year}, ${city} registered ${n} new AI companies and granted ${n * 3} patents.`;
    if (language === 'en') return { text: en, en };
    if (language === 'de') return { text: `Im Jahr ${year} wurden in ${city} ${n} neue KI-Firmen gegründet und ${n * 3} Patente erteilt.`, en };
    return { text: `${year}年，${cityZh}新增人工智能企业${n}家，授权专利${n * 3}项。`, en };
  }
  const en = `${city} opened a public computing centre with ${n} petaflops of capacity in ${year}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${city} eröffnete ${year} ein öffentliches Rechenzentrum mit ${n} Petaflops Leistung.`, en };
  return { text: `${year}年，${cityZh}建成算力规模${n}P的公共算力中心。`, en };
}

/** A person the article quotes, with their role and the place or body they speak for. */
export function personSentence(language: Language, person: string, role: string, of: string, subject: string): Sentence {
  const en = `${person}, ${role} of ${of}, presented ${subject} to reporters.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${person}, ${role} von ${of}, stellte ${subject} der Presse vor.`, en };
  return { text: `${of}${role}${person}向记者介绍了${subject}。`, en };
}

/** What an organisation is known for, naming its home. */
export function knownForSentence(language: Language, random: Random, company: string, home: string | undefined): Sentence & { thing: string } {
  const thing = random.pick(KNOWN_FOR);
  const en = home ? `${company}, based in ${home}, is known for ${thing.en}.` : `${company} is known for ${thing.en}.`;
  const text =
    language === 'en' ? en : language === 'de' ? `${company}${home ? ` mit Sitz in ${home}` : ''} ist für ${thing.de} bekannt.` : `${home ? `总部位于${home}的` : ''}${company}以${thing.zh}著称。`;
  return { text, en, thing: `Known for ${thing.en}.` };
}

/** A product an organisation released. */
export function productSentence(language: Language, company: string, product: string, year: number): Sentence {
  const en = `${company} released the ${product} in ${year}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${company} brachte ${year} das Produkt ${product} auf den Markt.`, en };
  return { text: `${company}于${year}年发布了${product}。`, en };
}

/** A place an organisation works in besides its home. */
export function officeSentence(language: Language, company: string, place: string): Sentence {
  const en = `${company} opened a research office in ${place}.`;
  if (language === 'en') return { text: en, en };
  if (language === 'de') return { text: `${company} eröffnete ein Forschungsbüro in ${place}.`, en };
  return { text: `${company}在${place}设立了研发中心。`, en };
}

const FILLER = {
  en: {
    subjects: ['Local officials', 'Industry analysts', 'The provincial government', 'Investors', 'Several universities', 'Start-up founders', 'The ministry', 'Chip makers'],
    verbs: ['expect', 'question', 'welcome', 'study', 'describe', 'support', 'criticise', 'compare'],
    objects: ['the pace of model training', 'the cost of data centres', 'the shortage of engineers', 'the export rules on accelerators', 'the demand for industrial software', 'the quality of public data', 'the growth of cloud services', 'the rivalry between coastal cities'],
    tails: ['this year', 'in the coming decade', 'despite tight budgets', 'according to the report', 'after a slow start', 'in several districts'],
  },
  de: {
    subjects: ['Lokale Beamte', 'Branchenanalysten', 'Die Provinzregierung', 'Investoren', 'Mehrere Universitäten', 'Gründer', 'Das Ministerium', 'Chiphersteller'],
    verbs: ['erwarten', 'hinterfragen', 'begrüßen', 'untersuchen', 'beschreiben', 'unterstützen', 'kritisieren', 'vergleichen'],
    objects: ['das Tempo des Modelltrainings', 'die Kosten der Rechenzentren', 'den Mangel an Ingenieuren', 'die Exportregeln für Beschleuniger', 'die Nachfrage nach Industriesoftware', 'die Qualität öffentlicher Daten', 'das Wachstum der Cloud-Dienste', 'den Wettbewerb der Küstenstädte'],
    tails: ['in diesem Jahr', 'im kommenden Jahrzehnt', 'trotz knapper Budgets', 'laut dem Bericht', 'nach einem langsamen Start', 'in mehreren Bezirken'],
  },
  zh: {
    subjects: ['地方官员', '行业分析师', '省政府', '投资者', '多所高校', '创业者', '工信部', '芯片企业'],
    verbs: ['关注', '质疑', '欢迎', '研究', '描述', '支持', '批评', '比较'],
    objects: ['模型训练的速度', '数据中心的成本', '工程师短缺', '加速器出口规则', '工业软件需求', '公共数据质量', '云服务的增长', '沿海城市之间的竞争'],
    tails: ['今年', '未来十年', '尽管预算紧张', '据报告', '在起步缓慢之后', '在多个区县'],
  },
} as const;

/** A sentence no entry cites: the rest of an article, which a real source has plenty of. */
export function fillerSentence(language: Language, random: Random): string {
  const words = FILLER[language === 'zh-Hans' ? 'zh' : language];
  const [subject, verb, object, tail] = [random.pick(words.subjects), random.pick(words.verbs), random.pick(words.objects), random.pick(words.tails)];
  return language === 'zh-Hans' ? `${tail}，${subject}${verb}${object}。` : `${subject} ${verb} ${object} ${tail}.`;
}

/** A headline for an article about a place and a focus area. */
export function headline(language: Language, city: string, cityZh: string, focus: string): { title: string; titleEn: string } {
  const f = FOCUS[focus] ?? FOCUS.compute!;
  const titleEn = `${city} bets on ${f.en}`;
  if (language === 'en') return { title: titleEn, titleEn };
  if (language === 'de') return { title: `${city} setzt auf ${f.de}`, titleEn };
  return { title: `${cityZh}加快发展${f.zh}`, titleEn };
}
