import type { Random } from './random.ts';

/**
 * The languages of the synthetic articles. Their shares are set in corpus.ts from the real
 * archive; traditional-character text is derived from the simplified one (see toTraditional).
 */
export type Language = 'en' | 'de' | 'zh-Hans' | 'zh-Hant';

/** A sentence as an article prints it, and its English version (the editors' translation). */
export type Sentence = { text: string; en: string };

/** One sentence or phrase in the three written languages of the sources. */
export type Tri = { en: string; de: string; zh: string };

export const isChinese = (language: Language) => language.startsWith('zh');

// Enough simplified → traditional pairs for the templates below: a zh-Hant source then reads
// 萬, 億, 補貼 and 發放 as the real traditional-character reposts do, and the figure parser meets them.
const PAIRS =
  '万萬亿億发發补補贴貼设設计計划劃业業资資会會术術数數据據实實于於为為励勵奖獎项項团團机機构構个個对對过過产產经經济濟区區园園' +
  '县縣书書长長门門国國际際创創网網络絡级級间間开開关關务務动動运運进進还還这這时時应應总總额額规規费費购購买買单單两兩东東' +
  '龙龍华華阳陽云雲广廣丰豐宁寧积積优優质質获獲联聯请請报報录錄识識训訓练練标標讯訊软軟体體制製导導员員认認证證统統筹籌专專' +
  '贯貫彻徹细細则則试試点點范範围圍库庫视視觉覺车車驾駕驶駛语語础礎层層览覽预預减減税稅验驗态態场場样樣论論称稱启啟显顯现現' +
  '将將与與众眾协協师師们們问問题題讲講记記绍紹传傳处處监監审審权權让讓给給维維护護续續类類备備帮幫欢歡较較尽盡紧緊缓緩并並' +
  '复復须須负負责責汇匯兴興营營环環节節织織银銀达達厅廳鉴鑒条條严嚴决決议議状狀况況战戰领領岛島湾灣办辦组組竞競张張学學参參' +
  '读讀阅閱编編辑輯热熱义義乐樂旧舊杂雜难難静靜边邊钱錢铁鐵页頁额額顾顧风風飞飛马馬鱼魚鸟鳥齐齊轮輪农農厂廠';
const TRADITIONAL = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) TRADITIONAL.set(PAIRS[i] as string, PAIRS[i + 1] as string);

/** Simplified characters as traditional ones, character by character: a substring converts to a substring. */
export const toTraditional = (text: string) => [...text].map((c) => TRADITIONAL.get(c) ?? c).join('');

/** The text in a source's language. */
export function say(text: Tri, language: Language): string {
  if (language === 'en') return text.en;
  if (language === 'de') return text.de;
  return language === 'zh-Hant' ? toTraditional(text.zh) : text.zh;
}

/** A sentence in a source's language, with its English version. */
export const sentence = (text: Tri, language: Language): Sentence => ({ text: say(text, language), en: text.en });

export const FOCUS: Record<string, Tri> = {
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

export const INSTRUMENTS: Record<string, Tri> = {
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

/** Vouchers by the names the policies give them (算力券, 模型券 …). */
export const VOUCHERS: Record<string, Tri> = {
  compute: { en: 'compute vouchers', de: 'Rechengutscheine', zh: '算力券' },
  model: { en: 'model vouchers', de: 'Modellgutscheine', zh: '模型券' },
  data: { en: 'data vouchers', de: 'Datengutscheine', zh: '数据券' },
  training: { en: 'training vouchers', de: 'Trainingsgutscheine', zh: '训力券' },
  annotation: { en: 'annotation vouchers', de: 'Annotationsgutscheine', zh: '标注券' },
  intelligence: { en: 'intelligence vouchers', de: 'Intelligenzgutscheine', zh: '智能券' },
};

/**
 * Amounts in yuan as each language writes them: 1.5亿元 and 500万元, "150 million yuan" and
 * "500,000 yuan", "150 Millionen Yuan" and "500.000 Yuan".
 */
export function amountWords(yuan: number): Tri {
  const zh = yuan >= 1e8 ? `${yuan / 1e8}亿元` : `${yuan / 1e4}万元`;
  const de = (n: number) => String(n).replace('.', ',');
  if (yuan >= 1e9)
    return { zh, en: `${yuan / 1e9} billion yuan`, de: `${de(yuan / 1e9)} ${yuan === 1e9 ? 'Milliarde' : 'Milliarden'} Yuan` };
  if (yuan >= 1e6) return { zh, en: `${yuan / 1e6} million yuan`, de: `${de(yuan / 1e6)} Millionen Yuan` };
  return { zh, en: `${yuan.toLocaleString('en')} yuan`, de: `${yuan.toLocaleString('de')} Yuan` };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONATE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

/** A date known to the year, month or day, as each language prints it. */
export function dateWords(date: string): Tri {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { en: `in ${y}`, de: `im Jahr ${y}`, zh: `${y}年` };
  if (d === undefined) return { en: `in ${MONTHS[m - 1]} ${y}`, de: `im ${MONATE[m - 1]} ${y}`, zh: `${y}年${m}月` };
  return { en: `on ${d} ${MONTHS[m - 1]} ${y}`, de: `am ${d}. ${MONATE[m - 1]} ${y}`, zh: `${y}年${m}月${d}日` };
}

const join = (parts: Tri[], separator: Tri): Tri => ({
  en: parts.map((p) => p.en).join(separator.en),
  de: parts.map((p) => p.de).join(separator.de),
  zh: parts.map((p) => p.zh).join(separator.zh),
});

const and = { en: ' and ', de: ' und ', zh: '、' };

/** Names in Chinese and in English, as the sentences below need them. */
export type Named = { en: string; zh: string };

/** What a program's first sentence says: who announced it, what it is, and (in news) what it is worth. */
export function announce(p: {
  name: Named;
  city: Named;
  instrument: string;
  focus: string[];
  date?: string | undefined;
  money?: { words: Tri; kind: string } | undefined;
}): Tri {
  const instrument = INSTRUMENTS[p.instrument] as Tri;
  const focus = join(
    p.focus.map((f) => FOCUS[f] as Tri),
    and,
  );
  const when = p.date ? dateWords(p.date) : undefined;
  const m = p.money;
  const money: Tri | undefined = m && {
    en: ` worth ${m.kind === 'per-year' ? `${m.words.en} a year` : m.words.en}`,
    de: ` im Wert von ${m.words.de}${m.kind === 'per-year' ? ' pro Jahr' : ''}`,
    zh: `，${m.kind === 'per-year' ? '每年安排' : m.kind === 'investment' ? '总投资' : m.kind === 'cumulative' ? '累计投入' : '总额'}${m.words.zh}`,
  };
  const what = p.focus.length > 0;
  return {
    en: `${when ? `${when.en.replace(/^./, (c) => c.toUpperCase())}, ` : ''}${p.city.en} announced the ${p.name.en}, a ${instrument.en}${what ? ` for ${focus.en}` : ''}${money?.en ?? ''}.`,
    de: `${p.city.en} hat ${when ? `${when.de} ` : ''}das Programm „${p.name.en}“ angekündigt, eine ${instrument.de}${what ? ` für ${focus.de}` : ''}${money?.de ?? ''}.`,
    zh: `${when ? `${when.zh}，` : ''}${p.city.zh}发布“${p.name.zh}”${what ? `，以${instrument.zh}支持${focus.zh}` : ''}${money?.zh ?? ''}。`,
  };
}

/** The sentence that issues a policy document, with its 文号 and date where the text gives them. */
export function documentSentence(d: {
  issuer: Named;
  title: Named;
  number?: string | undefined;
  issued?: string | undefined;
  inForce?: { from: string; to: string } | undefined;
}): Tri {
  const when = d.issued ? dateWords(d.issued) : undefined;
  const force = d.inForce && { from: dateWords(d.inForce.from), to: dateWords(d.inForce.to) };
  return {
    en: `${when ? `${when.en.replace(/^on /, 'On ').replace(/^in /, 'In ')}, ` : 'Recently, '}${d.issuer.en} issued the ${d.title.en}${d.number ? ` (${d.number})` : ''}.${force ? ` It takes effect ${force.from.en} and is valid until ${force.to.en.replace(/^on /, '')}.` : ''}`,
    de: `${d.issuer.en} hat ${when ? `${when.de} ` : 'kürzlich '}das Dokument „${d.title.en}“${d.number ? ` (${d.number})` : ''} herausgegeben.`,
    zh: `${when ? `${when.zh}，` : '近日，'}${d.issuer.zh}印发《${d.title.zh}》${d.number ? `（${d.number}）` : ''}。${force ? `本方案自${force.from.zh}起施行，有效期至${force.to.zh}。` : ''}`,
  };
}

/** Sentences of policy context that stand around a quoted one and state no figure. */
export const CONTEXT: readonly Tri[] = [
  { zh: '鼓励企业加大研发投入，提升自主创新能力。', en: 'Companies are encouraged to invest more in research and to strengthen their own innovation.', de: 'Unternehmen sollen mehr in Forschung investieren und ihre Innovationskraft stärken.' },
  { zh: '各区县要加强组织领导，确保各项政策落地见效。', en: 'Districts and counties are to strengthen their leadership and make sure every measure takes effect.', de: 'Bezirke und Kreise sollen die Führung stärken und dafür sorgen, dass jede Maßnahme wirkt.' },
  { zh: '对符合条件的项目，经专家评审后按程序予以支持。', en: 'Eligible projects are supported according to procedure after expert review.', de: 'Förderfähige Projekte werden nach einer Prüfung durch Fachleute nach Verfahren unterstützt.' },
  { zh: '（责任单位：市经信局、市财政局、市科技局）', en: '(Responsible units: the municipal bureaus of economy and information technology, of finance and of science and technology)', de: '(Zuständig: die städtischen Ämter für Wirtschaft und Informationstechnik, für Finanzen und für Wissenschaft und Technik)' },
  { zh: '推动人工智能与实体经济深度融合，培育新质生产力。', en: 'AI is to be integrated deeply with the real economy to foster new quality productive forces.', de: 'KI soll tief mit der Realwirtschaft verbunden werden, um neue Produktivkräfte zu fördern.' },
  { zh: '优化算力资源配置，提升公共服务平台的服务能力。', en: 'The allocation of computing resources is to be optimised and the public service platforms are to serve better.', de: 'Die Verteilung der Rechenressourcen soll optimiert und die öffentlichen Plattformen sollen leistungsfähiger werden.' },
  { zh: '支持高校、科研院所与企业联合开展关键技术攻关。', en: 'Universities and research institutes are supported in tackling key technologies together with companies.', de: 'Hochschulen und Forschungsinstitute werden bei der gemeinsamen Arbeit an Schlüsseltechnologien mit Firmen unterstützt.' },
  { zh: '加强数据安全和个人信息保护，防范化解各类风险。', en: 'Data security and the protection of personal information are to be strengthened and risks of every kind prevented.', de: 'Datensicherheit und der Schutz persönlicher Daten sollen gestärkt und Risiken aller Art verhindert werden.' },
];

/** Sentences as one passage: Chinese ones run on, others are separated by a space. */
export const passage = (sentences: Tri[]): Tri => join(sentences, { en: ' ', de: ' ', zh: '' });

/** One term of a program's policy clause (a pool, a rate tier, a cap), whose words an entry gives as stated. */
export type Term = Tri;

/** The money a program puts up, in the words of a policy clause. */
export function poolTerm(kind: 'year' | 'total' | 'unstated' | 'none', upTo: boolean, words: Tri | undefined, voucher: Tri | undefined, years: string): Term {
  const a = words ?? { en: '', de: '', zh: '' };
  const [zhUp, enUp, deUp] = upTo ? ['不超过', 'up to ', 'bis zu '] : ['', '', ''];
  if (kind === 'none') return { zh: '市财政设立专项资金给予支持', en: 'the city budget funds the program', de: 'der städtische Haushalt finanziert das Programm' };
  if (kind === 'year') {
    if (voucher) return { zh: `每年发放${zhUp}${a.zh}${voucher.zh}`, en: `the city issues ${enUp}${a.en} of ${voucher.en} a year`, de: `die Stadt gibt jährlich ${deUp}${a.de} an ${voucher.de} aus` };
    return { zh: `每年安排${zhUp}${a.zh}专项资金`, en: `the city sets aside ${enUp}${a.en} a year`, de: `die Stadt stellt jährlich ${deUp}${a.de} bereit` };
  }
  if (kind === 'total') {
    const [from, to] = years.split('–');
    return { zh: `${from}—${to}年安排资金总额${zhUp}${a.zh}`, en: `the budget for ${years} totals ${enUp}${a.en}`, de: `das Budget für ${years} beträgt ${deUp}${a.de}` };
  }
  return { zh: `设立${a.zh}专项资金`, en: `the city sets up a fund of ${a.en}`, de: `die Stadt richtet einen Fonds über ${a.de} ein` };
}

/** What a rate is a share of. */
export const RATE_BASES: Record<string, Tri> = {
  'contract amount': { en: 'contract amount', de: 'des Vertragswerts', zh: '合同金额' },
  'compute purchase cost': { en: 'compute purchase cost', de: 'der Kosten für Rechenleistung', zh: '算力购买费用' },
  'model usage fees': { en: 'model usage fees', de: 'der Gebühren für Modellnutzung', zh: '模型使用费用' },
  'actual investment': { en: 'actual investment', de: 'der tatsächlichen Investitionen', zh: '实际投入' },
  'equipment purchase amount': { en: 'equipment purchase amount', de: 'des Kaufpreises der Geräte', zh: '设备购置金额' },
};

/** Conditions of a rate tier: the editors' English, and the clause's own words. */
export const RATE_CONDITIONS: readonly (Tri & { text: string })[] = [
  { text: 'Small and medium-sized firms buying the service for the first time.', en: 'for small and medium-sized firms buying the service for the first time', de: 'für kleine und mittlere Firmen, die den Dienst erstmals kaufen', zh: '对首次购买服务的中小企业' },
  { text: 'Firms in the key industrial chains named by the city.', en: 'for firms in the key industrial chains', de: 'für Firmen der wichtigsten Industrieketten', zh: '对重点产业链企业' },
  { text: 'Projects at national level.', en: 'for projects at national level', de: 'für Projekte auf nationaler Ebene', zh: '对国家级项目' },
];

/** A single rate tier; `condition` is the tier's own words, when it has one. */
export function rateTerm(pct: number, upTo: boolean, base: string, condition?: Tri): Term {
  const b = RATE_BASES[base];
  const [zhUp, enUp, deUp] = upTo ? ['不超过', 'up to ', 'bis zu '] : ['', '', ''];
  const rate: Tri = b
    ? { zh: `按${zhUp}${b.zh}的${pct}%给予补贴`, en: `the subsidy covers ${enUp}${pct}% of the ${b.en}`, de: `die Förderung deckt ${deUp}${pct} Prozent ${b.de}` }
    : { zh: `给予${zhUp}${pct}%的补贴`, en: `the subsidy covers ${enUp}${pct}%`, de: `die Förderung deckt ${deUp}${pct} Prozent` };
  if (!condition) return rate;
  return { zh: `${condition.zh}，${rate.zh}`, en: `${condition.en}, ${rate.en}`, de: `${condition.de} ${rate.de.replace('die Förderung deckt', 'deckt die Förderung')}` };
}

/** Two tiers split at a yearly threshold: the share up to it, and the share of the part above. */
export function tieredRateTerms(first: number, second: number, base: string, threshold: Tri): [Term, Term] {
  const b = RATE_BASES[base] as Tri;
  return [
    { zh: `对年度${b.zh}${threshold.zh}以下的，按${first}%给予补贴`, en: `for a yearly ${b.en} of ${threshold.en} or less the subsidy is ${first}%`, de: `bis zu einem Jahreswert von ${threshold.de} beträgt die Förderung ${first} Prozent` },
    { zh: `超过${threshold.zh}的部分按${second}%给予补贴`, en: `for the part above ${threshold.en} it is ${second}%`, de: `für den darüber liegenden Teil ${second} Prozent` },
  ];
}

/** Caps by whom they bind and the period they run over. */
export type CapShape = { per: string; period: string };

/** The most one recipient can receive, in the words of a policy clause. */
export function capTerm(shape: CapShape, a: Tri): Term {
  const who: Record<string, Tri> = {
    company: { zh: '每家企业', en: 'each company', de: 'jedes Unternehmen' },
    project: { zh: '每个项目', en: 'each project', de: 'jedes Projekt' },
    institution: { zh: '每家机构', en: 'each institution', de: 'jede Einrichtung' },
    team: { zh: '每个团队', en: 'each team', de: 'jedes Team' },
  };
  const w = who[shape.per];
  if (!w) {
    if (shape.period === 'year') return { zh: `每年最高补贴${a.zh}`, en: `the award is capped at ${a.en} a year`, de: `die Förderung ist auf ${a.de} pro Jahr begrenzt` };
    return { zh: `最高补贴${a.zh}`, en: `the award is capped at ${a.en}`, de: `die Förderung ist auf ${a.de} begrenzt` };
  }
  switch (shape.period) {
    case 'year':
      return { zh: `${w.zh}每年最高补贴${a.zh}`, en: `${w.en} receives at most ${a.en} a year`, de: `${w.de} erhält höchstens ${a.de} pro Jahr` };
    case 'once':
      return { zh: `${w.zh}给予一次性奖励${a.zh}`, en: `${w.en} receives a one-off award of ${a.en}`, de: `${w.de} erhält einmalig ${a.de}` };
    case 'total':
      return { zh: `${w.zh}累计最高${a.zh}`, en: `${w.en} receives at most ${a.en} in total`, de: `${w.de} erhält insgesamt höchstens ${a.de}` };
    case 'project':
      return { zh: `${w.zh}在建设期内最高支持${a.zh}`, en: `${w.en} receives at most ${a.en} over its term`, de: `${w.de} erhält über die Laufzeit höchstens ${a.de}` };
    default:
      return { zh: `${w.zh}最高支持${a.zh}`, en: `${w.en} receives at most ${a.en}`, de: `${w.de} erhält höchstens ${a.de}` };
  }
}

/** A share of a program's money, in words ("三分之一", "a third", "ein Drittel"; "一半", "half", "die Hälfte"). */
export function breakdownTerm(half: boolean, label: Tri): { term: Tri; words: Tri } {
  const words = half ? { zh: '一半', en: 'half', de: 'die Hälfte' } : { zh: '三分之一', en: 'a third', de: 'ein Drittel' };
  return {
    words,
    term: { zh: `其中约${words.zh}用于${label.zh}`, en: `about ${words.en} of it goes to ${label.en}`, de: `etwa ${words.de} davon fließt in ${label.de}` },
  };
}

/** A policy clause: its lead and its terms, as one sentence. */
export function clause(focus: Tri, terms: Term[]): Tri {
  return {
    zh: `为支持${focus.zh}发展，${terms.map((t) => t.zh).join('，')}。`,
    en: `To support ${focus.en}: ${terms.map((t) => t.en).join('; ')}.`,
    de: `Zur Förderung von ${focus.de}: ${terms.map((t) => t.de).join('; ')}.`,
  };
}

/** One reported take-up figure, in the words of a progress report. */
export function takeUpTerm(measure: string, n: number, words: Tri | undefined, voucher: Tri | undefined, approximate: boolean): Term {
  const a = words ?? { en: '', de: '', zh: '' };
  const [zhOver, enOver, deOver] = approximate ? ['超过', 'more than ', 'mehr als '] : ['', '', ''];
  const v = voucher ?? { en: 'vouchers', de: 'Gutscheine', zh: '补贴券' };
  switch (measure) {
    case 'vouchers-issued':
      return { zh: `已发放${v.zh}${zhOver}${n}张`, en: `${enOver}${n} ${v.en} have been issued`, de: `${deOver}${n} ${v.de} wurden ausgegeben` };
    case 'recipients':
      return { zh: `惠及企业${zhOver}${n}家`, en: `${enOver}${n} companies have benefited`, de: `${deOver}${n} Unternehmen haben profitiert` };
    case 'amount-issued':
      return { zh: `累计发放${zhOver}${a.zh}`, en: `${enOver}${a.en} has been issued`, de: `${deOver}${a.de} wurden ausgegeben` };
    case 'amount-paid':
      return { zh: `已兑付资金${zhOver}${a.zh}`, en: `${enOver}${a.en} has been paid out`, de: `${deOver}${a.de} wurden ausgezahlt` };
    default:
      return { zh: `支持项目${zhOver}${n}个`, en: `${enOver}${n} projects have been supported`, de: `${deOver}${n} Projekte wurden gefördert` };
  }
}

/** A progress report: the take-up figures, with the date they were true when the text gives it. */
export function progress(terms: Term[], date: string | undefined): Tri {
  const when = date ? dateWords(date) : undefined;
  return {
    zh: `${when ? `截至${when.zh}，` : '目前，'}${terms.map((t) => t.zh).join('，')}。`,
    en: `${when ? `By ${when.en.replace(/^(in|on) /, '')}, ` : 'So far, '}${terms.map((t) => t.en).join(', ')}.`,
    de: `${when ? `Bis ${when.de.replace(/^(im Jahr|im|am) /, '')}` : 'Bisher'}: ${terms.map((t) => t.de).join(', ')}.`,
  };
}

/** Whether a program combines with others (the clause and the editors' summary). */
export const STACKING: readonly (Tri & { text: string })[] = [
  { text: 'Cannot be combined with other municipal funding for the same project.', en: 'Projects that already receive other municipal funding may not apply again.', de: 'Projekte, die bereits andere städtische Mittel erhalten, dürfen sich nicht erneut bewerben.', zh: '同一项目已获得市级其他财政资金支持的，不得重复申报。' },
  { text: 'Can be combined with national and provincial support.', en: 'The support can be combined with national and provincial programs.', de: 'Die Förderung ist mit nationalen und Provinzprogrammen kombinierbar.', zh: '可与国家和省级支持政策叠加享受。' },
  { text: 'Takes the higher of this and any other city program, not both.', en: 'Where other city programs apply, the higher award is granted, not both.', de: 'Greifen andere städtische Programme, wird nur die höhere Förderung gewährt.', zh: '与本市其他同类政策不重复支持，按就高原则执行。' },
];

/** How to apply: the clause, and the editors' summary. */
export function applicationSentence(first: number, last: number): Tri & { text: string } {
  return {
    text: `Apply online through the government service portal between ${MONTHS[first - 1]} and ${MONTHS[last - 1]} each year.`,
    en: `Applications are accepted each year from ${MONTHS[first - 1]} to ${MONTHS[last - 1]} through the government service portal.`,
    de: `Anträge werden jedes Jahr von ${MONATE[first - 1]} bis ${MONATE[last - 1]} über das Serviceportal der Regierung angenommen.`,
    zh: `申报时间为每年${first}月至${last}月，申报单位通过政务服务网在线提交材料。`,
  };
}

/** How a program's document relates to another's: implementing rules, a final text, a new edition. */
export function relationSentence(kind: string, other: Named): Tri {
  if (kind === 'final-text-of')
    return { zh: `《${other.zh}》征求意见稿公开征求意见后，正式文本现予印发。`, en: `After public comment on the draft of the ${other.en}, the final text is now issued.`, de: `Nach der öffentlichen Konsultation zum Entwurf „${other.en}“ wird nun der endgültige Text veröffentlicht.` };
  if (kind === 'new-edition-of') return { zh: `本方案是《${other.zh}》的新版。`, en: `This plan is a new edition of the ${other.en}.`, de: `Dieser Plan ist eine Neuauflage von „${other.en}“.` };
  return { zh: `为贯彻落实《${other.zh}》，制定本实施细则。`, en: `These implementing rules carry out the ${other.en}.`, de: `Diese Durchführungsbestimmungen setzen „${other.en}“ um.` };
}

/** The sentence that ties an organisation to a program in one of the roles the schema names. */
export function roleSentence(role: string, program: Named, org: Named): Tri {
  switch (role) {
    case 'issuer':
      return { zh: `“${program.zh}”由${org.zh}制定发布。`, en: `The ${program.en} was issued by ${org.en}.`, de: `Das Programm „${program.en}“ wurde von ${org.en} herausgegeben.` };
    case 'operator':
      return { zh: `${org.zh}负责“${program.zh}”的组织实施。`, en: `${org.en} runs the ${program.en}.`, de: `${org.en} setzt das Programm „${program.en}“ um.` };
    case 'funder':
      return { zh: `${org.zh}为“${program.zh}”提供资金。`, en: `${org.en} funds the ${program.en}.`, de: `${org.en} finanziert das Programm „${program.en}“.` };
    case 'recipient':
      return { zh: `${org.zh}获得了“${program.zh}”的支持。`, en: `${org.en} received support from the ${program.en}.`, de: `${org.en} erhielt Mittel aus dem Programm „${program.en}“.` };
    case 'example':
      return { zh: `“${program.zh}”的典型案例包括${org.zh}。`, en: `Examples of the ${program.en} include ${org.en}.`, de: `Zu den Beispielen des Programms „${program.en}“ gehört ${org.en}.` };
    case 'commentator':
      return { zh: `${org.zh}认为，“${program.zh}”将降低企业成本。`, en: `${org.en} expects the ${program.en} to cut costs for companies.`, de: `${org.en} erwartet, dass das Programm „${program.en}“ die Kosten der Firmen senkt.` };
    case 'reporting-outlet':
      return { zh: `据${org.zh}报道，“${program.zh}”已正式启动。`, en: `According to ${org.en}, the ${program.en} has started.`, de: `Laut ${org.en} ist das Programm „${program.en}“ angelaufen.` };
    default:
      return { zh: `${org.zh}参与了“${program.zh}”。`, en: `${org.en} takes part in the ${program.en}.`, de: `${org.en} beteiligt sich am Programm „${program.en}“.` };
  }
}

const AIMS: readonly (Tri & { text: string })[] = [
  { text: 'To lower the cost of computing power for small firms.', en: 'lower the cost of computing power for small firms', de: 'die Kosten für Rechenleistung kleiner Firmen senken', zh: '降低中小企业的算力成本' },
  { text: 'To help factories adopt industrial robots.', en: 'help factories adopt industrial robots', de: 'Fabriken bei der Einführung von Industrierobotern helfen', zh: '帮助工厂引入工业机器人' },
  { text: 'To attract researchers from abroad.', en: 'attract researchers from abroad', de: 'Forscher aus dem Ausland anziehen', zh: '吸引海外研究人员' },
  { text: 'To reduce the dependence on imported chips.', en: 'reduce the dependence on imported chips', de: 'die Abhängigkeit von importierten Chips verringern', zh: '减少对进口芯片的依赖' },
  { text: 'To give young companies office space and seed money.', en: 'give young companies office space and seed money', de: 'jungen Firmen Büroflächen und Startkapital geben', zh: '为初创企业提供办公空间和启动资金' },
  { text: 'To open public data sets to model developers.', en: 'open public data sets to model developers', de: 'öffentliche Datensätze für Modellentwickler öffnen', zh: '向模型开发者开放公共数据集' },
  { text: 'To build a new highland for the AI industry.', en: 'build a new highland for the AI industry', de: 'ein neues Hochland für die KI-Industrie schaffen', zh: '打造人工智能产业发展新高地' },
];

/** A program's aims in one sentence, and each aim as the editors write it. */
export function aimSentence(random: Random, program: Named, count: number): Tri & { aims: string[] } {
  const aims = random.sample(AIMS, count);
  return {
    aims: aims.map((a) => a.text),
    en: `The ${program.en} aims to ${aims.map((a) => a.en).join(' and to ')}.`,
    de: `Das Programm „${program.en}“ soll ${aims.map((a) => a.de).join(' und ')}.`,
    zh: `“${program.zh}”旨在${aims.map((a) => a.zh).join('，')}。`,
  };
}

/** Who may apply to a program. */
export function eligibilitySentence(random: Random, program: Named, city: Named): Tri & { rule: string } {
  const staff = random.pick([50, 100, 200, 500]);
  return {
    rule: `Companies registered in ${city.en} with fewer than ${staff} employees.`,
    en: `Companies registered in ${city.en} with fewer than ${staff} employees may apply to the ${program.en}.`,
    de: `Firmen aus ${city.en} mit weniger als ${staff} Beschäftigten können sich für das Programm „${program.en}“ bewerben.`,
    zh: `在${city.zh}注册、员工少于${staff}人的企业可以申请“${program.zh}”。`,
  };
}

const PLACE_ROLES: readonly Tri[] = [
  { en: 'an emerging hub', de: 'ein aufstrebendes Zentrum', zh: '新兴中心' },
  { en: 'a leading centre', de: 'ein führender Standort', zh: '领先基地' },
  { en: 'a fast-growing base', de: 'ein schnell wachsender Standort', zh: '快速发展的基地' },
];

/** What kind of place a city is, naming its parent. */
export function placeRoleSentence(random: Random, city: Named, focus: string, parent: Named | undefined): Tri {
  const role = random.pick(PLACE_ROLES);
  const f = FOCUS[focus] ?? (FOCUS.compute as Tri);
  return {
    en: `${city.en} is ${role.en} for ${f.en}${parent ? ` in ${parent.en}` : ''}.`,
    de: `${city.en} ist ${role.de} für ${f.de}${parent ? ` in ${parent.en}` : ''}.`,
    zh: `${city.zh}是${parent ? `${parent.zh}的` : ''}${f.zh}${role.zh}。`,
  };
}

/** A figure about a place, such as new companies or computing capacity. */
export function placeFactSentence(random: Random, city: Named): Tri {
  const year = random.int(2015, 2026);
  const n = random.int(12, 900);
  if (random.chance(0.5))
    return {
      en: `In ${year}, ${city.en} registered ${n} new AI companies and granted ${n * 3} patents.`,
      de: `Im Jahr ${year} wurden in ${city.en} ${n} neue KI-Firmen gegründet und ${n * 3} Patente erteilt.`,
      zh: `${year}年，${city.zh}新增人工智能企业${n}家，授权专利${n * 3}项。`,
    };
  return {
    en: `${city.en} opened a public computing centre with ${n} petaflops of capacity in ${year}.`,
    de: `${city.en} eröffnete ${year} ein öffentliches Rechenzentrum mit ${n} Petaflops Leistung.`,
    zh: `${year}年，${city.zh}建成算力规模${n}P的公共算力中心。`,
  };
}

/** A person the article quotes, with their role and the place or body they speak for. */
export function personSentence(person: string, role: Tri, of: Named, subject: Named): Tri {
  return {
    en: `${person}, ${role.en} of ${of.en}, presented ${subject.en} to reporters.`,
    de: `${person}, ${role.de} von ${of.en}, stellte ${subject.en} der Presse vor.`,
    zh: `${of.zh}${role.zh}${person}向记者介绍了${subject.zh}。`,
  };
}

const KNOWN_FOR: readonly Tri[] = [
  { en: 'its industrial vision systems', de: 'seine industriellen Bildverarbeitungssysteme', zh: '工业视觉系统' },
  { en: 'its cloud computing services', de: 'seine Cloud-Dienste', zh: '云计算服务' },
  { en: 'its humanoid robots', de: 'seine humanoiden Roboter', zh: '人形机器人' },
  { en: 'its AI accelerator chips', de: 'seine KI-Beschleunigerchips', zh: 'AI加速芯片' },
  { en: 'its open-source language models', de: 'seine quelloffenen Sprachmodelle', zh: '开源语言模型' },
  { en: 'its autonomous driving software', de: 'seine Software für autonomes Fahren', zh: '自动驾驶软件' },
];

/** What an organisation is known for, naming its home. */
export function knownForSentence(random: Random, org: Named, home: Named | undefined): Tri & { thing: string } {
  const thing = random.pick(KNOWN_FOR);
  return {
    thing: `Known for ${thing.en}.`,
    en: home ? `${org.en}, based in ${home.en}, is known for ${thing.en}.` : `${org.en} is known for ${thing.en}.`,
    de: `${org.en}${home ? ` mit Sitz in ${home.en}` : ''} ist für ${thing.de} bekannt.`,
    zh: `${home ? `总部位于${home.zh}的` : ''}${org.zh}以${thing.zh}著称。`,
  };
}

/** What a government body does, in the words of the article that names it. */
export function bodySentence(org: Named, city: Named, focus: string): Tri & { thing: string } {
  const f = FOCUS[focus] ?? (FOCUS.compute as Tri);
  return {
    thing: `Responsible for carrying out ${city.en}'s policy on ${f.en}.`,
    en: `${org.en} is responsible for carrying out ${city.en}'s policy on ${f.en}.`,
    de: `${org.en} ist für die Umsetzung der Politik von ${city.en} im Bereich ${f.de} zuständig.`,
    zh: `${org.zh}负责${city.zh}${f.zh}产业政策的组织实施。`,
  };
}

/** A product an organisation released. */
export function productSentence(org: Named, product: string, year: number): Tri {
  return {
    en: `${org.en} released the ${product} in ${year}.`,
    de: `${org.en} brachte ${year} das Produkt ${product} auf den Markt.`,
    zh: `${org.zh}于${year}年发布了${product}。`,
  };
}

/** A place an organisation works in besides its home, and why. */
export function presenceSentence(org: Named, place: Named, why: string): Tri {
  if (why === 'investment')
    return { en: `${org.en} invested in a data centre in ${place.en}.`, de: `${org.en} investierte in ein Rechenzentrum in ${place.en}.`, zh: `${org.zh}在${place.zh}投资建设了数据中心。` };
  if (why === 'research-centre')
    return { en: `${org.en} opened a research centre in ${place.en}.`, de: `${org.en} eröffnete ein Forschungszentrum in ${place.en}.`, zh: `${org.zh}在${place.zh}设立了研究院。` };
  return { en: `${org.en} opened an office in ${place.en}.`, de: `${org.en} eröffnete ein Büro in ${place.en}.`, zh: `${org.zh}在${place.zh}设立了办事处。` };
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
  const words = FILLER[isChinese(language) ? 'zh' : (language as 'en' | 'de')];
  const [subject, verb, object, tail] = [random.pick(words.subjects), random.pick(words.verbs), random.pick(words.objects), random.pick(words.tails)];
  if (!isChinese(language)) return `${subject} ${verb} ${object} ${tail}.`;
  const text = `${tail}，${subject}${verb}${object}。`;
  return language === 'zh-Hant' ? toTraditional(text) : text;
}

/** A headline for an article about a place and a focus area. */
export function headline(language: Language, city: Named, focus: string): { title: string; titleEn: string } {
  const f = FOCUS[focus] ?? (FOCUS.compute as Tri);
  const titleEn = `${city.en} bets on ${f.en}`;
  return { title: say({ en: titleEn, de: `${city.en} setzt auf ${f.de}`, zh: `${city.zh}加快发展${f.zh}` }, language), titleEn };
}
