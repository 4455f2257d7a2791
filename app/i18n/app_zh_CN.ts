<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>%1: the live demo of this lesson is coming; its summary is shown.</source>
        <translation>%1：本课的实时演示即将推出；这里显示课程摘要。</translation>
    </message>
    <message>
        <source>Coming: the live demo of this lesson is not built yet. Below is what the course notes say.</source>
        <translation>即将推出：本课的实时演示还没有做好。下面是课程笔记的内容。</translation>
    </message>
    <message>
        <source>the lessons are %1</source>
        <translation>可用的课程有 %1</translation>
    </message>
    <message>
        <source>expected zh_CN or en</source>
        <translation>应为 zh_CN 或 en</translation>
    </message>
    <message>
        <source>expected light, dark or projector</source>
        <translation>应为 light、dark 或 projector</translation>
    </message>
    <message>
        <source>expected a file name ending in .png</source>
        <translation>应为以 .png 结尾的文件名</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT, each from %1 to %2, e.g. 1280x800</source>
        <translation>应为 宽x高，每一项在 %1 到 %2 之间，例如 1280x800</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;. Run with --help to see the options.</source>
        <translation>未知选项“%1”。使用 --help 查看所有选项。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 和 %2 不能同时使用。</translation>
    </message>
    <message>
        <source>%1 only applies to %2.</source>
        <translation>%1 只能用于 %2。</translation>
    </message>
    <message>
        <source>the window or --screenshot</source>
        <translation>窗口模式或 --screenshot</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; of --screenshot does not exist.</source>
        <translation>--screenshot 指定的文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>即将推出</translation>
    </message>
    <message>
        <source>%1 (demo coming)</source>
        <translation>%1（演示即将推出）</translation>
    </message>
    <message>
        <source>Live demo</source>
        <translation>实时演示</translation>
    </message>
    <message>
        <source>The live demo is coming</source>
        <translation>实时演示即将推出</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>上一课(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>下一课(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>播放/暂停(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>单步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>Concurrency Classroom</source>
        <translation>并发课堂</translation>
    </message>
    <message>
        <source>%1 — Concurrency Classroom</source>
        <translation>%1 — 并发课堂</translation>
    </message>
    <message>
        <source>The window did not paint within 10 s; no screenshot written.</source>
        <translation>窗口在 10 秒内没有完成绘制；未写入截图。</translation>
    </message>
    <message>
        <source>Could not write &apos;%1&apos;: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>Play or pause the demo (Space)</source>
        <translation>播放或暂停演示（空格键）</translation>
    </message>
    <message>
        <source>Let exactly one step happen (S or →)</source>
        <translation>只执行一步（S 或 →）</translation>
    </message>
    <message>
        <source>Stop every thread and start the demo again (R)</source>
        <translation>停止所有线程，从头开始演示（R）</translation>
    </message>
    <message>
        <source>slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <source>From slow motion (one step every 2 s) to full speed (no waiting)</source>
        <translation>从慢动作（每 2 秒一步）到全速（不等待）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>The window needs at least %1x%2 pixels with this language and theme; --size %3x%4 is too small. No screenshot written.</source>
        <translation>在当前语言和主题下，窗口至少需要 %1x%2 像素；--size %3x%4 太小。未写入截图。</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 —— %3</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>导出运行轨迹(&amp;T)…</translation>
    </message>
    <message>
        <source>P&amp;ointer</source>
        <translation>指示工具(&amp;O)</translation>
    </message>
    <message>
        <source>Pointer &amp;off</source>
        <translation>关闭指示工具(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>聚光灯(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>画笔(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Erase drawing</source>
        <translation>擦除画迹(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>术语表(&amp;G)</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>指示工具</translation>
    </message>
    <message>
        <source>Save this run for Perfetto or chrome://tracing</source>
        <translation>保存本次运行，可在 Perfetto 或 chrome://tracing 中打开</translation>
    </message>
    <message>
        <source>This lesson has no run to export yet.</source>
        <translation>本课还没有可导出的运行。</translation>
    </message>
    <message>
        <source>Save the lesson panel as a PNG picture</source>
        <translation>把课程面板保存为 PNG 图片</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Export panel as PNG</source>
        <translation>将面板导出为 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>导出运行轨迹</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome 轨迹 JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>expected a percentage from %1 to %2</source>
        <translation>应为 %1 到 %2 之间的百分比</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>There is no lesson panel to export.</source>
        <translation>没有可导出的课程面板。</translation>
    </message>
    <message>
        <source>Lesson %1/%2</source>
        <translation>第 %1/%2 课</translation>
    </message>
    <message>
        <source>%1 · %2 %3/%4</source>
        <extracomment>lesson position, then slide title and position, e.g. &quot;Lesson 6/8 · Demo 2/4&quot;</extracomment>
        <translation>%1 · %2 %3/%4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1（%2/%3）</translation>
    </message>
    <message>
        <source>lesson %1, %2</source>
        <extracomment>what PgDn shows next when this lesson has no slide left</extracomment>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen for the projector; PgDn/PgUp through the slides, Esc leaves (F5)</source>
        <translation>全屏投影；PgDn/PgUp 逐页翻动，Esc 退出（F5）</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>演讲者视图(&amp;R)</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>投影(&amp;P)</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>语言(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Chinese (Simplified)</source>
        <translation>简体中文(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>英语(&amp;E)</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>缩放 %1%</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size</source>
        <translation>Ctrl+= 放大，Ctrl+- 缩小，Ctrl+0 实际大小</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Pages of the lesson</source>
        <translation>课程页面</translation>
    </message>
    <message>
        <source>&amp;Actual size (now %1 %)</source>
        <translation>实际大小（当前 %1%）(&amp;A)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>the demos are %1</source>
        <translation>可用的演示有 %1</translation>
    </message>
    <message>
        <source>      %1: %2 (%3, default %4)
</source>
        <extracomment>one option of a demo: flag, what it is, allowed values, default</extracomment>
        <translation>      %1：%2（%3，默认 %4）
</translation>
    </message>
    <message>
        <source>Usage:
  concurrency-classroom [--lesson ID] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom PERCENT] [--present]
  concurrency-classroom --list-lessons
  concurrency-classroom --lesson ID --screenshot FILE.png [--size WxH] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom PERCENT] [--present]
%1
Lessons: %2
--size default 1280x800, --zoom %3…%4 (default 100 or the remembered zoom).
Keys: F5 presentation mode (PgDn/PgUp through the slides, Esc leaves), Ctrl+= / Ctrl+- / Ctrl+0 zoom.
</source>
        <translation>用法：
  concurrency-classroom [--lesson 课程ID] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom 百分比] [--present]
  concurrency-classroom --list-lessons
  concurrency-classroom --lesson 课程ID --screenshot 文件.png [--size 宽x高] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom 百分比] [--present]
%1
课程：%2
--size 默认 1280x800，--zoom %3…%4（默认 100 或上次记住的缩放）。
按键：F5 演示模式（PgDn/PgUp 逐页翻动，Esc 退出），Ctrl+= / Ctrl+- / Ctrl+0 缩放。
</translation>
    </message>
    <message>
        <source>      %1: %2 (%3)
</source>
        <extracomment>one option of a demo: flag, what it is, allowed values</extracomment>
        <translation>      %1：%2（%3）
</translation>
    </message>
    <message>
        <source>Export panel as PN&amp;G…</source>
        <translation>将面板导出为 PNG(&amp;G)…</translation>
    </message>
    <message>
        <source>Lesson &amp;keys</source>
        <translation>本课按键(&amp;K)</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 / %2 步</translation>
    </message>
    <message>
        <source>Recorded steps</source>
        <translation>录下的步骤</translation>
    </message>
    <message>
        <source>Look back over the recorded run: the views show it as it was after that step; at its end, the live run (Ctrl+← and Ctrl+→, or , and .). Play goes on with the live run.</source>
        <translation>回看录下的运行：各个视图显示那一步之后的样子；滑到最右端就是实时运行（Ctrl+← 和 Ctrl+→，或 , 和 .）。播放则继续实时运行。</translation>
    </message>
    <message>
        <source>The screen is too narrow for the notes beside the lesson: they cover part of it.</source>
        <translation>屏幕太窄，讲稿放不到课程旁边：它会遮住课程的一部分。</translation>
    </message>
    <message>
        <source>CC_STATUS_LOG: cannot write &apos;%1&apos;: it must name a file in a folder that exists.</source>
        <translation>CC_STATUS_LOG：无法写入“%1”：它必须是一个已存在文件夹中的文件。</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>向左滚动</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>向右滚动</translation>
    </message>
</context>
</TS>
