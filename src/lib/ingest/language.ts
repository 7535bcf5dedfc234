/**
 * A guess at an article's language from its script, for when the editor gives none: Chinese by its
 * Han characters (simplified or traditional by the forms it uses), else German or English by
 * their common words, the languages of the archive so far. The evidence is returned for the report.
 */

/** A detected language tag and what it was read from, such as "detected from the script: 812 Han characters, …". */
export type DetectedLanguage = { tag: 'zh-Hans' | 'zh-Hant' | 'de' | 'en'; evidence: string };

/**
 * Frequent characters written differently in the two scripts, simplified first. Only pairs whose
 * simplified form is not also in ordinary traditional use (so not 后/後, 里/裡, 面/麵, 云/雲).
 */
const PAIRS = (
  '国國 发發 为為 万萬 亿億 个個 对對 业業 务務 产產 术術 数數 据據 与與 补補 贴貼 资資 围圍 实實 关關 经經 项項 网網 ' +
  '于於 应應 开開 时時 这這 区區 会會 来來 说說 们們 进進 动動 现現 过過 长長 问問 学學 体體 还還 机機 电電 点點 ' +
  '两兩 见見 种種 间間 门門 车車 东東 让讓 将將 专專 级級 划劃 规規 设設 计計 创創 领領 导導 认認 识識 议議 论論 ' +
  '标標 准準 质質 类類 总總 结結 构構 组組 织織 责責 单單 场場 营營 销銷 费費 购購 买買 卖賣 价價 统統 环環 态態 ' +
  '众眾 线線 调調 优優 势勢 该該 员員 从從 历歷 传傳 广廣 报報 记記 号號 页頁 闻聞 软軟 读讀 书書 验驗 测測 试試 ' +
  '运運 际際 协協 县縣 镇鎮 乡鄉 办辦 处處 厅廳 审審 编編 辑輯 额額 链鏈'
).split(' ');
const SIMPLIFIED = new Set(PAIRS.map((pair) => pair[0]));
const TRADITIONAL = new Set(PAIRS.map((pair) => pair[1]));

const GERMAN_WORDS = new Set(
  'der die das und ist nicht mit für von sich den dem des ein eine zu auf im auch wird sind'.split(' '),
);
const ENGLISH_WORDS = new Set('the and of to is that for with as has by on its from was are which it'.split(' '));

/** The language of a text: Chinese when Han characters outnumber Latin-script words, else German or English. */
export function detectLanguage(text: string): DetectedLanguage {
  const han = [...text.matchAll(/\p{Script=Han}/gu)].map(([character]) => character);
  const latinWords = text.match(/\p{Script=Latin}+/gu) ?? [];
  if (han.length > latinWords.length) {
    const simplified = han.filter((character) => SIMPLIFIED.has(character)).length;
    const traditional = han.filter((character) => TRADITIONAL.has(character)).length;
    // A tie (short texts of shared characters) falls to the mainland's simplified script.
    const tag = traditional > simplified ? 'zh-Hant' : 'zh-Hans';
    const counts = `${han.length} Han characters, ${simplified} simplified-only, ${traditional} traditional-only`;
    return { tag, evidence: `detected from the script: ${counts}` };
  }
  const words = latinWords.map((word) => word.toLowerCase());
  const count = (set: Set<string>) => words.filter((word) => set.has(word)).length;
  const german = count(GERMAN_WORDS);
  const english = count(ENGLISH_WORDS);
  const counts = `${latinWords.length} in Latin script, ${german} German and ${english} English function words`;
  return { tag: german > english ? 'de' : 'en', evidence: `detected from the words: ${counts}` };
}
