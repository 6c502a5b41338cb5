// Interface language: English or 中文, chosen by the user and remembered in localStorage. Every interface
// string goes through t(key); static markup is translated by applyTranslations(bindings). Labels of data pick
// their language with pickLabel. Emits 'languageChanged' on the exported `language` target.

import { el } from './dom.js';

const STORAGE_KEY = 'internkg.language';
const LANGUAGES = ['en', 'zh'];

const STRINGS = {
  en: {
    'lang.switch': '中文',
    'lang.switchLabel': 'Switch the interface to Chinese',
    'nav.explorer': 'Explorer',
    'nav.query': 'Query',
    'nav.sparql': 'SPARQL',
    'nav.data': 'Data',
    'brand.sub': '书生·浦语 ecosystem',
    'search.label': 'Search resources',
    'search.placeholder': 'Search models, tools, datasets… (中文 ok)',
    'search.noMatch': 'No match for “{query}”',
    'search.noMatchShort': 'No match',
    'legend.title': 'Classes',
    'legend.hint': 'Click a node for details; double-click to expand its neighbours. Hover to highlight.',
    'legend.shown': '{n} shown',
    'legend.onScreen': 'on screen',
    'toolbar.label': 'View',
    'toolbar.zoomIn': 'Zoom in',
    'toolbar.zoomOut': 'Zoom out',
    'toolbar.fit': 'Fit',
    'toolbar.fitTitle': 'Fit the graph in view',
    'toolbar.layout': 'Layout',
    'toolbar.layoutTitle': 'Lay out again',
    'toolbar.undo': 'Undo',
    'toolbar.undoTitle': 'Undo the last expansion',
    'views.matrix': 'Matrix',
    'views.matrixTitle': 'Compatibility matrix: which tool supports which model, with sources',
    'matrix.heading': 'Compatibility matrix',
    'matrix.intro': 'Models × tools from the knowledge base. ✓ yes (engine, platform, precision where a source names them), ✗ no (a source says so), ? unknown. “family” means the source speaks of the whole model family. Click a cell to open its subgraph; the numbers link to the sources.',
    'matrix.family': 'Family',
    'matrix.allFamilies': 'All families',
    'matrix.csv': 'Download CSV',
    'matrix.close': 'Back to the graph',
    'matrix.model': 'Model',
    'matrix.yes': 'yes',
    'matrix.no': 'no',
    'matrix.unknown': 'unknown',
    'matrix.viaFamily': 'family',
    'insights.label': 'Questions',
    'insights.close': 'Close the panel',
    'insights.paths': 'Paths',
    'insights.pathsHint': 'How are two things connected?',
    'insights.timeline': 'Timeline',
    'insights.timelineHint': 'What came out when?',
    'insights.stages': 'Stages',
    'insights.stagesHint': 'Which tool serves which stage?',
    'insights.course': 'Course',
    'insights.courseHint': 'What does the camp teach with what?',
    'insights.compare': 'Compare',
    'insights.compareHint': 'How do two models differ?',
    'paths.intro': 'How are two things connected? The shortest paths, following links in either direction.',
    'paths.from': 'From',
    'paths.fromExample': 'e.g. QLoRA',
    'paths.to': 'To',
    'paths.toExample': 'e.g. InternLM2-Chat-7B',
    'paths.longest': 'Longest path',
    'paths.links': '≤ {n} links',
    'paths.find': 'Find paths',
    'paths.chooseBoth': 'Choose both ends from the suggestions first.',
    'paths.searching': 'Searching…',
    'paths.found': '{n} paths, shortest first ({length} links). Click one to draw it.',
    'paths.foundOne': '1 path ({length} links). Click it to draw it.',
    'paths.none': 'No connection within {n} links.',
    'timeline.family': 'Family',
    'timeline.zoom': 'Zoom to a year',
    'timeline.allFamilies': 'All families',
    'timeline.allYears': 'All years',
    'timeline.other': '(tools & datasets)',
    'timeline.none': 'No release in this range.',
    'timeline.releases': 'releases {name}',
    'timeline.source': 'source:',
    'timeline.disputed': 'disputed date',
    'timeline.accordingTo': 'according to',
    'timeline.alsoReported': 'also reported',
    'course.course': 'Course',
    'course.showIn': 'Show {name} in the graph',
    'course.material': 'material',
    'course.video': 'video',
    'course.showLesson': 'Show in graph',
    'compare.a': 'Model A',
    'compare.aExample': 'e.g. InternLM2.5-7B-Chat',
    'compare.b': 'Model B',
    'compare.bExample': 'e.g. InternLM2-Chat-7B',
    'compare.go': 'Compare',
    'compare.chooseTwo': 'Choose two models from the suggestions first.',
    'compare.comparing': 'Comparing…',
    'compare.done': 'Every value links to its sources; differing rows are highlighted.',
    'compare.chooseOther': 'Now choose the model to compare with.',
    'compare.billions': 'billion parameters (nominal)',
    'compare.via': '(via {name})',
    'compare.alsoReported': 'also reported',
    'compare.row.family': 'Family',
    'compare.row.variant': 'Variant',
    'compare.row.size': 'Size',
    'compare.row.contextLength': 'Context length',
    'compare.row.date': 'Released',
    'compare.row.license': 'Licence',
    'compare.row.baseModel': 'Base model',
    'compare.row.huggingFaceId': 'Hugging Face',
    'compare.row.tools': 'Supported by',
    'compare.row.benchmarks': 'Benchmarks',
    'compare.row.trainedOn': 'Trained on',
    'compare.row.paper': 'Paper',
    'matrix.loading': 'Loading the matrix…',
    'matrix.pickFamily': 'Search for a model family, e.g. InternLM2',
    'matrix.manyModels': 'Too many models for one table: choose a family.',
    'matrix.counts': '{models} models × {tools} tools: {yes} yes, {no} no, {unknown} unknown',
    'hop.open': 'Multi-hop…',
    'hop.openTitle': 'Expand several hops along chosen links, keeping chosen classes',
    'hop.heading': 'Multi-hop expansion',
    'hop.from': 'From',
    'hop.hops': 'Hops',
    'hop.predicates': 'Along these links (none ticked: any link)',
    'hop.types': 'Keep only these classes (none ticked: any class)',
    'hop.preview': 'Preview',
    'hop.add': 'Add',
    'hop.addMore': 'Add next {n}',
    'hop.close': 'Close',
    'hop.previewResult': '{total} nodes reachable, {fresh} not drawn yet: this adds {adds}.',
    'hop.truncated': 'The walk was cut at its limit; narrow the links or classes.',
    'hop.noSelection': 'Select a node first.',
    'check.open': 'Check',
    'check.openTitle': 'Validate the knowledge base (shapes and data checks) and mark the findings on the graph',
    'check.heading': 'Validation',
    'check.summary': '{violations} violations, {warnings} warnings',
    'check.none': 'No findings: the knowledge base conforms.',
    'check.previous': 'Previous',
    'check.next': 'Next',
    'check.close': 'Close',
    'check.inDetails': 'Validation findings',
    'layout.label': 'Layout',
    'layout.fcose': 'Force-directed',
    'layout.concentric': 'Concentric',
    'layout.breadthfirst': 'Hierarchical',
    'layout.lanes': 'Pipeline lanes',
    'layout.layered': 'Layers',
    'export.label': 'Export and share',
    'export.png': 'PNG',
    'export.pngTitle': 'Download a PNG image of the view',
    'export.turtle': 'Turtle',
    'export.turtleTitle': 'Download the visible subgraph as Turtle',
    'export.permalink': 'Permalink',
    'export.permalinkTitle': 'Copy a link that reopens this view',
    'export.copied': 'Link copied; the address bar holds it too.',
    'time.label': 'As of',
    'time.play': 'Play',
    'time.pause': 'Pause',
    'time.playTitle': 'Play the ecosystem month by month',
    'time.now': 'Today',
    'time.nowTitle': 'Show everything, with no date filter',
    'time.today': 'today',
    'time.counts': '{hidden} not there yet · {recent} new in the last 30 days',
    'time.later': '{name} came on {day}, after the chosen day: move the slider to see it.',
    'snapshot.button': 'Snapshot',
    'snapshot.title': 'Download this view as one HTML file that works offline',
    'snapshot.done': 'Snapshot saved: one HTML file, opens without a network.',
    'chart.tab': 'Chart',
    'chart.type': 'Chart',
    'chart.bar': 'Bars',
    'chart.line': 'Lines',
    'chart.scatter': 'Points',
    'chart.labelColumn': 'Labels',
    'chart.values': 'Values',
    'chart.png': 'PNG',
    'chart.pngTitle': 'Download the chart as a PNG image',
    'chart.noNumeric': 'No numeric column to chart: a chart needs a column of numbers (xsd:integer, decimal, double, float …), e.g. a COUNT.',
    'chart.pickSeries': 'Tick at least one column of values.',
    'chart.capped': 'The first {n} rows are charted; the table has them all.',
    'view.list': 'List',
    'view.listTitle': 'Show the visible nodes as a list',
    'view.canvas': 'Graph',
    'list.caption': 'Visible resources',
    'list.name': 'Name',
    'list.type': 'Type',
    'list.links': 'Links',
    'status.counts': '{nodes} nodes · {edges} links',
    'details.label': 'Details',
    'details.loading': 'Loading…',
    'details.expand': 'Expand neighbours',
    'details.more': '+{n} more',
    'details.allShown': 'All neighbours shown',
    'details.collapse': 'Collapse',
    'details.page': 'Resource page',
    'details.turtle': 'Turtle',
    'details.close': 'Close details',
    'details.disputed': 'disputed',
    'details.also': 'Also: {names}',
    'details.disputedValues': 'Disputed values',
    'details.properties': 'Properties',
    'details.referencedBy': 'Referenced by',
    'details.sources': 'Sources',
    'details.showAll': 'show all {n}',
    'details.confidence': '{level} confidence',
    'details.primary': 'primary',
    'details.reported': 'reported',
    'details.per': ' per ',
    'details.truncated': 'Only the first 500 facts each way are listed; expand the node to page through all its links.',
    'wb.title': 'SPARQL workbench',
    'wb.examples': 'Examples',
    'wb.history': 'History',
    'wb.historyEmpty': 'Queries you run appear here.',
    'wb.editor': 'SPARQL query',
    'wb.run': 'Run',
    'wb.runTitle': 'Run the query (Ctrl+Enter)',
    'wb.cancel': 'Cancel',
    'wb.cancelTitle': 'Stop the running query',
    'wb.permalink': 'Permalink',
    'wb.permalinkTitle': 'Copy a link that carries this query',
    'wb.running': 'Running… {s} s',
    'wb.cancelled': 'Cancelled after {s} s: the request was aborted.',
    'wb.rows': '{n} rows in {s} s',
    'wb.triples': '{n} triples in {s} s',
    'wb.boolean': 'Answer: {value} ({s} s)',
    'wb.shownOf': 'The table shows the first {shown} of {n} rows; download all for the rest.',
    'wb.table': 'Table',
    'wb.graph': 'Graph',
    'wb.raw': 'Raw',
    'wb.download': 'Download all:',
    'wb.prev': 'Previous',
    'wb.next': 'Next',
    'wb.page': 'Page {page} of {pages}',
    'wb.noGraph': 'A graph needs a CONSTRUCT or DESCRIBE, or a SELECT with ?s ?p ?o.',
    'wb.noRows': 'No results.',
    'wb.errorAt': 'Line {line}: ',
    'wb.hint': 'Ctrl+Enter runs · Ctrl+Space completes classes, properties and names',
    'wb.sortBy': 'Sort by {name}',
    'wb.openInExplorer': 'Open in the explorer',
    'wb.results': 'Results',
    'wb.copied': 'Link copied; the address bar holds it too.',
  },
  zh: {
    'lang.switch': 'English',
    'lang.switchLabel': '切换到英文界面',
    'nav.explorer': '图谱浏览',
    'nav.query': '查询',
    'nav.sparql': 'SPARQL 端点',
    'nav.data': '数据',
    'brand.sub': '书生·浦语生态',
    'search.label': '搜索资源',
    'search.placeholder': '搜索模型、工具、数据集…（支持英文）',
    'search.noMatch': '没有与“{query}”匹配的结果',
    'search.noMatchShort': '没有匹配的结果',
    'legend.title': '类别',
    'legend.hint': '单击节点查看详情；双击展开其邻居；悬停高亮。',
    'legend.shown': '显示 {n}',
    'legend.onScreen': '画面中',
    'toolbar.label': '视图',
    'toolbar.zoomIn': '放大',
    'toolbar.zoomOut': '缩小',
    'toolbar.fit': '适应',
    'toolbar.fitTitle': '让整个图适应视图',
    'toolbar.layout': '重新布局',
    'toolbar.layoutTitle': '重新布局',
    'toolbar.undo': '撤销',
    'toolbar.undoTitle': '撤销上一次展开',
    'views.matrix': '兼容矩阵',
    'views.matrixTitle': '兼容矩阵：哪个工具支持哪个模型，附来源',
    'matrix.heading': '兼容矩阵',
    'matrix.intro': '知识库中的模型 × 工具。✓ 支持（来源给出时附推理引擎、平台、精度），✗ 不支持（来源明确写明），? 未知。“系列”表示来源针对整个模型系列。点击单元格在图中打开相关子图；编号链接到来源。',
    'matrix.family': '系列',
    'matrix.allFamilies': '全部系列',
    'matrix.csv': '下载 CSV',
    'matrix.close': '返回图谱',
    'matrix.model': '模型',
    'matrix.yes': '支持',
    'matrix.no': '不支持',
    'matrix.unknown': '未知',
    'matrix.viaFamily': '系列',
    'insights.label': '问题',
    'insights.close': '关闭面板',
    'insights.paths': '路径',
    'insights.pathsHint': '两者之间如何相连？',
    'insights.timeline': '时间线',
    'insights.timelineHint': '什么时候发布了什么？',
    'insights.stages': '阶段',
    'insights.stagesHint': '哪个工具服务于哪个阶段？',
    'insights.course': '课程',
    'insights.courseHint': '实战营用什么教什么？',
    'insights.compare': '对比',
    'insights.compareHint': '两个模型有何不同？',
    'paths.intro': '两者之间如何相连？沿任一方向的链接，给出最短路径。',
    'paths.from': '起点',
    'paths.fromExample': '例如 QLoRA',
    'paths.to': '终点',
    'paths.toExample': '例如 InternLM2-Chat-7B',
    'paths.longest': '最长路径',
    'paths.links': '≤ {n} 条链接',
    'paths.find': '查找路径',
    'paths.chooseBoth': '请先从建议中选定两端。',
    'paths.searching': '正在搜索…',
    'paths.found': '{n} 条路径，最短的在前（{length} 条链接）。点击一条即可在图中绘制。',
    'paths.foundOne': '1 条路径（{length} 条链接）。点击即可在图中绘制。',
    'paths.none': '{n} 条链接之内没有连接。',
    'timeline.family': '系列',
    'timeline.zoom': '缩放到某一年',
    'timeline.allFamilies': '全部系列',
    'timeline.allYears': '全部年份',
    'timeline.other': '（工具与数据集）',
    'timeline.none': '此范围内没有发布。',
    'timeline.releases': '发布 {name}',
    'timeline.source': '来源：',
    'timeline.disputed': '日期有争议',
    'timeline.accordingTo': '依据',
    'timeline.alsoReported': '另有报道',
    'course.course': '课程',
    'course.showIn': '在图中显示 {name}',
    'course.material': '资料',
    'course.video': '视频',
    'course.showLesson': '在图中显示',
    'compare.a': '模型 A',
    'compare.aExample': '例如 InternLM2.5-7B-Chat',
    'compare.b': '模型 B',
    'compare.bExample': '例如 InternLM2-Chat-7B',
    'compare.go': '对比',
    'compare.chooseTwo': '请先从建议中选定两个模型。',
    'compare.comparing': '正在对比…',
    'compare.done': '每个值都链接到其来源；不同的行会突出显示。',
    'compare.chooseOther': '现在选择要对比的模型。',
    'compare.billions': '十亿参数（标称）',
    'compare.via': '（经由 {name}）',
    'compare.alsoReported': '另有报道',
    'compare.row.family': '系列',
    'compare.row.variant': '变体',
    'compare.row.size': '规模',
    'compare.row.contextLength': '上下文长度',
    'compare.row.date': '发布日期',
    'compare.row.license': '许可证',
    'compare.row.baseModel': '基座模型',
    'compare.row.huggingFaceId': 'Hugging Face',
    'compare.row.tools': '支持它的工具',
    'compare.row.benchmarks': '评测基准',
    'compare.row.trainedOn': '训练数据',
    'compare.row.paper': '论文',
    'matrix.loading': '正在加载矩阵…',
    'matrix.pickFamily': '搜索模型系列，例如 InternLM2',
    'matrix.manyModels': '模型太多，无法放在一张表中：请选择一个系列。',
    'matrix.counts': '{models} 个模型 × {tools} 个工具：支持 {yes}，不支持 {no}，未知 {unknown}',
    'hop.open': '多跳展开…',
    'hop.openTitle': '沿选定的关系展开多跳，只保留选定的类',
    'hop.heading': '多跳展开',
    'hop.from': '起点',
    'hop.hops': '跳数',
    'hop.predicates': '沿这些关系（不勾选：任意关系）',
    'hop.types': '只保留这些类（不勾选：任意类）',
    'hop.preview': '预览',
    'hop.add': '添加',
    'hop.addMore': '再添加 {n} 个',
    'hop.close': '关闭',
    'hop.previewResult': '可达 {total} 个节点，其中 {fresh} 个尚未显示：本次添加 {adds} 个。',
    'hop.truncated': '遍历已达上限；请缩小关系或类的范围。',
    'hop.noSelection': '请先选择一个节点。',
    'check.open': '校验',
    'check.openTitle': '校验知识库（形状与数据检查），并在图上标出问题',
    'check.heading': '校验',
    'check.summary': '{violations} 个违规，{warnings} 个警告',
    'check.none': '没有问题：知识库符合约束。',
    'check.previous': '上一个',
    'check.next': '下一个',
    'check.close': '关闭',
    'check.inDetails': '校验结果',
    'layout.label': '布局',
    'layout.fcose': '力导向',
    'layout.concentric': '同心圆',
    'layout.breadthfirst': '层次',
    'layout.lanes': '全链条泳道',
    'layout.layered': '分层',
    'export.label': '导出与分享',
    'export.png': 'PNG',
    'export.pngTitle': '下载当前视图的 PNG 图片',
    'export.turtle': 'Turtle',
    'export.turtleTitle': '以 Turtle 下载可见子图',
    'export.permalink': '永久链接',
    'export.permalinkTitle': '复制可重现此视图的链接',
    'export.copied': '链接已复制；地址栏中也有。',
    'time.label': '时间点',
    'time.play': '播放',
    'time.pause': '暂停',
    'time.playTitle': '逐月播放生态的演变',
    'time.now': '今天',
    'time.nowTitle': '显示全部，不按日期筛选',
    'time.today': '今天',
    'time.counts': '{hidden} 个尚未出现 · {recent} 个为最近 30 天新增',
    'time.later': '{name} 出现于 {day}，晚于所选日期：移动滑块即可看到。',
    'snapshot.button': '快照',
    'snapshot.title': '将当前视图下载为可离线打开的单个 HTML 文件',
    'snapshot.done': '快照已保存：单个 HTML 文件，无需网络即可打开。',
    'chart.tab': '图表',
    'chart.type': '图表',
    'chart.bar': '柱状图',
    'chart.line': '折线图',
    'chart.scatter': '散点图',
    'chart.labelColumn': '标签列',
    'chart.values': '数值列',
    'chart.png': 'PNG',
    'chart.pngTitle': '以 PNG 图片下载图表',
    'chart.noNumeric': '没有可绘制的数值列：图表需要一列数字（xsd:integer、decimal、double、float 等），例如 COUNT。',
    'chart.pickSeries': '请至少勾选一个数值列。',
    'chart.capped': '图表只绘制前 {n} 行；表格中有全部结果。',
    'view.list': '列表',
    'view.listTitle': '以列表显示可见节点',
    'view.canvas': '图',
    'list.caption': '可见资源',
    'list.name': '名称',
    'list.type': '类别',
    'list.links': '连接',
    'status.counts': '{nodes} 个节点 · {edges} 条连接',
    'details.label': '详情',
    'details.loading': '加载中…',
    'details.expand': '展开邻居',
    'details.more': '再显示 {n} 个',
    'details.allShown': '已显示全部邻居',
    'details.collapse': '收起',
    'details.page': '资源页面',
    'details.turtle': 'Turtle',
    'details.close': '关闭详情',
    'details.disputed': '有争议',
    'details.also': '又名：{names}',
    'details.disputedValues': '有争议的值',
    'details.properties': '属性',
    'details.referencedBy': '被引用',
    'details.sources': '来源',
    'details.showAll': '显示全部 {n} 个',
    'details.confidence': '置信度：{level}',
    'details.primary': '主要',
    'details.reported': '报道',
    'details.per': ' 据 ',
    'details.truncated': '每个方向只列出前 500 条事实；展开节点可分页查看全部关系。',
    'wb.title': 'SPARQL 查询台',
    'wb.examples': '示例',
    'wb.history': '历史',
    'wb.historyEmpty': '运行过的查询会显示在这里。',
    'wb.editor': 'SPARQL 查询',
    'wb.run': '运行',
    'wb.runTitle': '运行查询（Ctrl+Enter）',
    'wb.cancel': '取消',
    'wb.cancelTitle': '停止正在运行的查询',
    'wb.permalink': '永久链接',
    'wb.permalinkTitle': '复制带有此查询的链接',
    'wb.running': '运行中… {s} 秒',
    'wb.cancelled': '{s} 秒后已取消：请求已中止。',
    'wb.rows': '{n} 行，用时 {s} 秒',
    'wb.triples': '{n} 个三元组，用时 {s} 秒',
    'wb.boolean': '答案：{value}（{s} 秒）',
    'wb.shownOf': '表格显示前 {shown} 行，共 {n} 行；其余请下载全部结果。',
    'wb.table': '表格',
    'wb.graph': '图',
    'wb.raw': '原文',
    'wb.download': '下载全部：',
    'wb.prev': '上一页',
    'wb.next': '下一页',
    'wb.page': '第 {page} / {pages} 页',
    'wb.noGraph': '图视图需要 CONSTRUCT 或 DESCRIBE，或带有 ?s ?p ?o 的 SELECT。',
    'wb.noRows': '没有结果。',
    'wb.errorAt': '第 {line} 行：',
    'wb.hint': 'Ctrl+Enter 运行 · Ctrl+Space 补全类、属性和名称',
    'wb.sortBy': '按 {name} 排序',
    'wb.openInExplorer': '在图谱浏览中打开',
    'wb.results': '结果',
    'wb.copied': '链接已复制；地址栏中也有。',
  },
};

function initial() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch {
    // Storage may be disabled; English then.
  }
  return 'en';
}

let current = initial();

/** Dispatches 'languageChanged' with detail { language }. */
export const language = new EventTarget();

export function currentLanguage() {
  return current;
}

export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) return;
  current = lang;
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered, still applied.
  }
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  language.dispatchEvent(new CustomEvent('languageChanged', { detail: { language: lang } }));
}

/** The interface string for key in the current language, with {name} placeholders filled from params. */
export function t(key, params = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
}

/** The label of a term in the current language, falling back to the other one, then to fallback. */
export function pickLabel(label, fallback = '') {
  if (!label) return fallback;
  const first = current === 'zh' ? label.zh : label.en;
  return first || label.en || label.zh || fallback;
}

/** The label in the language not chosen, or null when there is none (or it reads the same). */
export function otherLabelText(label) {
  const shown = pickLabel(label);
  const other = shown === label?.zh ? label?.en : label?.zh;
  return other && other !== shown ? other : null;
}

/** The label in the other language, shown beside the chosen one (a span), or null when there is none. */
export function otherLabel(label) {
  const other = otherLabelText(label);
  return other ? el('span', { className: 'hit-zh', text: other, attrs: { lang: other === label.zh ? 'zh' : 'en' } }) : null;
}

/**
 * A status line that says what happened last in the language of the moment, worded again on a language switch:
 * say(key, params) shows an interface string, say.text(message) a message as it came (the server's).
 */
export function statusLine(element) {
  let said = null;
  const say = (key, params) => {
    said = [key, params];
    element.textContent = t(key, params);
  };
  say.text = (message) => {
    said = null;
    element.textContent = message;
  };
  language.addEventListener('languageChanged', () => {
    if (said) say(...said);
  });
  return say;
}

/** A hit's title in the search lists: its name in the chosen language, the other language beside it. */
export function hitTitle(label, fallback) {
  return el('span', { className: 'hit-title' }, [el('span', { text: pickLabel(label, fallback) }), otherLabel(label)]);
}

/**
 * Translates static markup: bindings are [selector, key, attribute?] triples; without an attribute the element's
 * text is set. Applied now and after every language change.
 */
export function applyTranslations(bindings, root = document) {
  const apply = () => {
    for (const [selector, key, attribute] of bindings) {
      root.querySelectorAll(selector).forEach((node) => {
        if (attribute) node.setAttribute(attribute, t(key));
        else node.textContent = t(key);
      });
    }
  };
  document.documentElement.lang = current === 'zh' ? 'zh-CN' : 'en';
  apply();
  language.addEventListener('languageChanged', apply);
}

/** A button that toggles between the two languages; its own text names the other language. */
export function mountLanguageSwitch(button) {
  const render = () => {
    button.textContent = t('lang.switch');
    button.setAttribute('aria-label', t('lang.switchLabel'));
    button.setAttribute('lang', current === 'zh' ? 'en' : 'zh');
    button.dataset.language = current;
  };
  button.addEventListener('click', () => setLanguage(current === 'zh' ? 'en' : 'zh'));
  language.addEventListener('languageChanged', render);
  render();
}
