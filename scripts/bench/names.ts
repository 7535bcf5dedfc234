import { seeded } from './random.ts';

/** Syllables of made-up Chinese place and company names: plain, with tone marks, as a character. */
const SYLLABLES: readonly (readonly [string, string, string])[] = [
  ['bai', 'bái', '白'], ['shan', 'shān', '山'], ['xin', 'xīn', '新'], ['long', 'lóng', '龙'], ['hua', 'huá', '华'],
  ['jiang', 'jiāng', '江'], ['hai', 'hǎi', '海'], ['ning', 'níng', '宁'], ['an', 'ān', '安'], ['yang', 'yáng', '阳'],
  ['dong', 'dōng', '东'], ['nan', 'nán', '南'], ['xi', 'xī', '西'], ['bei', 'běi', '北'], ['he', 'hé', '河'],
  ['hu', 'hú', '湖'], ['qing', 'qīng', '青'], ['feng', 'fēng', '丰'], ['tai', 'tài', '泰'], ['ping', 'píng', '平'],
  ['chang', 'cháng', '长'], ['guang', 'guǎng', '广'], ['yun', 'yún', '云'], ['zhou', 'zhōu', '州'], ['lin', 'lín', '林'],
  ['shi', 'shí', '石'], ['tian', 'tiān', '天'], ['jin', 'jīn', '金'], ['yuan', 'yuán', '源'], ['fu', 'fú', '福'],
  ['kang', 'kāng', '康'], ['de', 'dé', '德'], ['ming', 'míng', '明'], ['hong', 'hóng', '红'], ['da', 'dà', '大'],
  ['cheng', 'chéng', '城'], ['quan', 'quán', '泉'], ['song', 'sōng', '松'], ['mei', 'méi', '梅'], ['gu', 'gǔ', '谷'],
  ['lu', 'lù', '鹿'], ['wu', 'wǔ', '武'], ['xing', 'xīng', '星'], ['rui', 'ruì', '瑞'], ['yong', 'yǒng', '永'],
  ['jia', 'jiā', '嘉'], ['sheng', 'shèng', '盛'], ['tong', 'tōng', '通'],
];

/** A made-up name in its three written forms. */
export type Name = { en: string; pinyin: string; zh: string; id: string };

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Joins syllables as pinyin does: an apostrophe before a syllable that starts with a vowel. */
const join = (parts: readonly string[]) => parts.map((p, i) => (i > 0 && /^[aeoāáǎàēéěèōóǒò]/.test(p) ? `'${p}` : p)).join('');

function toName(syllables: readonly (readonly [string, string, string])[]): Name {
  const plain = join(syllables.map((s) => s[0]));
  return {
    en: capital(plain),
    pinyin: capital(join(syllables.map((s) => s[1]))),
    zh: syllables.map((s) => s[2]).join(''),
    id: plain.replace(/'/g, ''),
  };
}

/**
 * An endless, deterministic supply of distinct names: all two-syllable names in a fixed shuffled
 * order, then three-syllable ones. The order never depends on the corpus size, so the first
 * place is called the same at every N and the benchmark's queries stay fixed.
 */
export function* names(): Generator<Name> {
  const random = seeded(0x5eed);
  const seen = new Set<string>();
  for (const length of [2, 3]) {
    let combos: (readonly [string, string, string])[][] = [[]];
    for (let i = 0; i < length; i++) combos = combos.flatMap((c) => SYLLABLES.map((s) => [...c, s]));
    for (const combo of random.sample(combos, combos.length)) {
      const name = toName(combo);
      // "xi" + "an" and "xian" would give the same id; keep the first.
      if (seen.has(name.id)) continue;
      seen.add(name.id);
      yield name;
    }
  }
}

/** Family and given names for the officials and founders the articles quote. */
export const SURNAMES = ['Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Gao', 'Luo'];
export const GIVEN = ['Wei', 'Fang', 'Min', 'Jing', 'Lei', 'Yan', 'Jun', 'Hui', 'Tao', 'Ping', 'Qiang', 'Wenbo', 'Xiaoming', 'Haiyan', 'Zhiwei', 'Jianguo', 'Lihua', 'Yifan'];
