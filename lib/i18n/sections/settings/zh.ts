import type { settingsEn } from './en';

export const settingsZh: Record<keyof typeof settingsEn, string> = {
  'settings.language.heading': '界面语言',
  'settings.language.hint': '你的选择适用于这个浏览器中所有 Tekshur 页面。',
  'settings.storage.heading': '这台设备上的存储',
  'settings.persist.explain':
    '设备空间不足时，浏览器可能会清除已保存的数据来腾出空间。你可以请求浏览器保留 Tekshur 保存的内容。',
  'settings.persist.button': '请求浏览器保留我的数据',
  'settings.persist.asking': '正在询问浏览器…',
  'settings.persist.granted': '已获准：浏览器不会为了腾出空间而清除 Tekshur 的数据。',
  'settings.persist.denied': '未获准：空间不足时，浏览器可能会清除 Tekshur 的数据。请定期导出重要内容。',
  'settings.persist.unavailable': '这个浏览器无法按请求保留数据。请定期导出重要内容。',
  'settings.usage.loading': '正在计算已用空间…',
  'settings.usage.space': '已用空间：{used}。剩余可用：约 {available}。',
  'settings.usage.spaceUnknown': '浏览器没有提供已用空间的信息。',
  'settings.usage.counts': '已保存的检查记录：{flags}。图片：{images}。',
  'settings.usage.error': '无法读取已保存的数据。请重新加载页面再试。',
  'settings.reanalyse.heading': '用当前规则重新分析',
  'settings.reanalyse.explain':
    '更新之后，Tekshur 可能识别出更多内容。这会用当前规则重新检查每条已保存的消息，并记入每条检查记录的日志。消息和图片本身不会被修改。',
  'settings.reanalyse.button': '重新分析所有已保存的检查记录',
  'settings.reanalyse.loading': '正在加载规则…',
  'settings.reanalyse.progress': '已重新分析 {done} / {total}',
  'settings.reanalyse.progressLabel': '重新分析进度',
  'settings.reanalyse.done':
    '完成：已用当前规则重新分析 {total} 条检查记录（规则版本：{version}）。风险等级改变的：{risk} 条；风险或手法改变的：{changed} 条。每条检查记录的日志都已记录。',
  'settings.reanalyse.nothing': '没有可重新分析的检查记录。',
  'settings.reanalyse.error':
    '重新分析已中止。中止前完成的检查记录保留新结果；其余的没有改变。你可以再运行一次。',
  'settings.wipe.heading': '删除全部内容',
  'settings.wipe.explain':
    '立即删除 Tekshur 在这个浏览器中保存的所有检查记录、图片、日志和设置。此操作无法撤销。',
  'settings.wipe.exports': '你导出的文件以及发给别人的内容不受影响：如有需要，请另行删除。',
  'settings.wipe.button': '删除全部内容…',
  'settings.wipe.word': '删除',
  'settings.wipe.typeLabel': '请输入“{word}”以确认',
  'settings.wipe.confirm': '立即删除全部内容',
  'settings.wipe.cancel': '取消',
  'settings.wipe.working': '正在删除…',
  'settings.wipe.blocked':
    '已保存的检查记录已经清除。另一个 Tekshur 页面仍然打开并占用存储：请关闭它，以便完成删除。',
  'settings.wipe.done':
    '完成。Tekshur 在这个浏览器中保存的所有内容都已删除。你导出到其他地方的文件没有被改动。',
  'settings.wipe.partial':
    '未能删除全部内容。请再试一次；如果仍然失败，请在浏览器的扩展程序页面移除 Tekshur，这会删除它的全部数据。',
  'settings.about.heading': '关于 Tekshur',
  'settings.about.version': '版本：{version}',
  'settings.about.ruleset': '规则版本：{version}',
  'settings.about.promise':
    'Tekshur 只在这台设备上运行。你检查或保存的任何内容都不会发送到任何地方：没有账户、没有服务器、没有跟踪。只有你自己导出的文件才会离开这台设备。',
};
