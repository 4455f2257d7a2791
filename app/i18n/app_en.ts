<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>%1: the live demo of this lesson is coming; its summary is shown.</source>
        <translation>%1: the live demo of this lesson is coming; its summary is shown.</translation>
    </message>
    <message>
        <source>Coming: the live demo of this lesson is not built yet. Below is what the course notes say.</source>
        <translation>Coming: the live demo of this lesson is not built yet. Below is what the course notes say.</translation>
    </message>
    <message>
        <source>the lessons are %1</source>
        <translation>the lessons are %1</translation>
    </message>
    <message>
        <source>expected zh_CN or en</source>
        <translation>expected zh_CN or en</translation>
    </message>
    <message>
        <source>expected light, dark or projector</source>
        <translation>expected light, dark or projector</translation>
    </message>
    <message>
        <source>expected a file name ending in .png</source>
        <translation>expected a file name ending in .png</translation>
    </message>
    <message>
        <source>expected WIDTHxHEIGHT, each from %1 to %2, e.g. 1280x800</source>
        <translation>expected WIDTHxHEIGHT, each from %1 to %2, e.g. 1280x800</translation>
    </message>
    <message>
        <source>Unknown option '%1'. Run with --help to see the options.</source>
        <translation>Unknown option '%1'. Run with --help to see the options.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>%1 and %2 cannot be used together.</source>
        <translation>%1 and %2 cannot be used together.</translation>
    </message>
    <message>
        <source>%1 only applies to %2.</source>
        <translation>%1 only applies to %2.</translation>
    </message>
    <message>
        <source>the window or --screenshot</source>
        <translation>the window or --screenshot</translation>
    </message>
    <message>
        <source>The folder '%1' of --screenshot does not exist.</source>
        <translation>The folder '%1' of --screenshot does not exist.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>coming</source>
        <translation>coming</translation>
    </message>
    <message>
        <source>%1 (demo coming)</source>
        <translation>%1 (demo coming)</translation>
    </message>
    <message>
        <source>Live demo</source>
        <translation>Live demo</translation>
    </message>
    <message>
        <source>The live demo is coming</source>
        <translation>The live demo is coming</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lesson</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Previous lesson</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Next lesson</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Demo</source>
        <translation>&amp;Demo</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>&amp;Play / Pause</translation>
    </message>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Step</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Full screen</translation>
    </message>
    <message>
        <source>Concurrency Classroom</source>
        <translation>Concurrency Classroom</translation>
    </message>
    <message>
        <source>%1 — Concurrency Classroom</source>
        <translation>%1 — Concurrency Classroom</translation>
    </message>
    <message>
        <source>The window did not paint within 10 s; no screenshot written.</source>
        <translation>The window did not paint within 10 s; no screenshot written.</translation>
    </message>
    <message>
        <source>Could not write '%1': %2</source>
        <translation>Could not write '%1': %2</translation>
    </message>
    <message>
        <source>Play or pause the demo (Space)</source>
        <translation>Play or pause the demo (Space)</translation>
    </message>
    <message>
        <source>Let exactly one step happen (S or →)</source>
        <translation>Let exactly one step happen (S or →)</translation>
    </message>
    <message>
        <source>Stop every thread and start the demo again (R)</source>
        <translation>Stop every thread and start the demo again (R)</translation>
    </message>
    <message>
        <source>slow motion</source>
        <translation>slow motion</translation>
    </message>
    <message>
        <source>full speed</source>
        <translation>full speed</translation>
    </message>
    <message>
        <source>From slow motion (one step every 2 s) to full speed (no waiting)</source>
        <translation>From slow motion (one step every 2 s) to full speed (no waiting)</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>The window needs at least %1x%2 pixels with this language and theme; --size %3x%4 is too small. No screenshot written.</source>
        <translation>The window needs at least %1x%2 pixels with this language and theme; --size %3x%4 is too small. No screenshot written.</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Export &amp;trace…</source>
        <translation>Export &amp;trace…</translation>
    </message>
    <message>
        <source>P&amp;ointer</source>
        <translation>P&amp;ointer</translation>
    </message>
    <message>
        <source>Pointer &amp;off</source>
        <translation>Pointer &amp;off</translation>
    </message>
    <message>
        <source>&amp;Spotlight</source>
        <translation>&amp;Spotlight</translation>
    </message>
    <message>
        <source>&amp;Pen</source>
        <translation>&amp;Pen</translation>
    </message>
    <message>
        <source>&amp;Erase drawing</source>
        <translation>&amp;Erase drawing</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossary</translation>
    </message>
    <message>
        <source>Pointer</source>
        <translation>Pointer</translation>
    </message>
    <message>
        <source>Save this run for Perfetto or chrome://tracing</source>
        <translation>Save this run for Perfetto or chrome://tracing</translation>
    </message>
    <message>
        <source>This lesson has no run to export yet.</source>
        <translation>This lesson has no run to export yet.</translation>
    </message>
    <message>
        <source>Save the lesson panel as a PNG picture</source>
        <translation>Save the lesson panel as a PNG picture</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>Export panel as PNG</source>
        <translation>Export panel as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export trace</source>
        <translation>Export trace</translation>
    </message>
    <message>
        <source>Chrome trace JSON (*.json)</source>
        <translation>Chrome trace JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>expected a percentage from %1 to %2</source>
        <translation>expected a percentage from %1 to %2</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>There is no lesson panel to export.</source>
        <translation>There is no lesson panel to export.</translation>
    </message>
    <message>
        <source>Lesson %1/%2</source>
        <translation>Lesson %1/%2</translation>
    </message>
    <message>
        <source>%1 · %2 %3/%4</source>
        <extracomment>lesson position, then slide title and position, e.g. "Lesson 6/8 · Demo 2/4"</extracomment>
        <translation>%1 · %2 %3/%4</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>lesson %1, %2</source>
        <extracomment>what PgDn shows next when this lesson has no slide left</extracomment>
        <translation>lesson %1, %2</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen for the projector; PgDn/PgUp through the slides, Esc leaves (F5)</source>
        <translation>Full screen for the projector; PgDn/PgUp through the slides, Esc leaves (F5)</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>Leave presentation mode</translation>
    </message>
    <message>
        <source>P&amp;resenter view</source>
        <translation>P&amp;resenter view</translation>
    </message>
    <message>
        <source>Slide</source>
        <translation>Slide</translation>
    </message>
    <message>
        <source>&amp;Zoom</source>
        <translation>&amp;Zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>L&amp;anguage</translation>
    </message>
    <message>
        <source>&amp;Chinese (Simplified)</source>
        <translation>&amp;Chinese (Simplified)</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size</source>
        <translation>Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Pages of the lesson</source>
        <translation>Pages of the lesson</translation>
    </message>
    <message>
        <source>&amp;Actual size (now %1 %)</source>
        <translation>&amp;Actual size (now %1 %)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>the demos are %1</source>
        <translation>the demos are %1</translation>
    </message>
    <message>
        <source>      %1: %2 (%3, default %4)
</source>
        <extracomment>one option of a demo: flag, what it is, allowed values, default</extracomment>
        <translation>      %1: %2 (%3, default %4)
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
        <translation>Usage:
  concurrency-classroom [--lesson ID] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom PERCENT] [--present]
  concurrency-classroom --list-lessons
  concurrency-classroom --lesson ID --screenshot FILE.png [--size WxH] [--lang zh_CN|en] [--theme light|dark|projector] [--zoom PERCENT] [--present]
%1
Lessons: %2
--size default 1280x800, --zoom %3…%4 (default 100 or the remembered zoom).
Keys: F5 presentation mode (PgDn/PgUp through the slides, Esc leaves), Ctrl+= / Ctrl+- / Ctrl+0 zoom.
</translation>
    </message>
    <message>
        <source>      %1: %2 (%3)
</source>
        <extracomment>one option of a demo: flag, what it is, allowed values</extracomment>
        <translation>      %1: %2 (%3)
</translation>
    </message>
    <message>
        <source>Export panel as PN&amp;G…</source>
        <translation>Export panel as PN&amp;G…</translation>
    </message>
    <message>
        <source>Lesson &amp;keys</source>
        <translation>Lesson &amp;keys</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>step %1 of %2</translation>
    </message>
    <message>
        <source>Recorded steps</source>
        <translation>Recorded steps</translation>
    </message>
    <message>
        <source>Look back over the recorded run: the views show it as it was after that step; at its end, the live run (Ctrl+← and Ctrl+→, or , and .). Play goes on with the live run.</source>
        <translation>Look back over the recorded run: the views show it as it was after that step; at its end, the live run (Ctrl+← and Ctrl+→, or , and .). Play goes on with the live run.</translation>
    </message>
    <message>
        <source>The screen is too narrow for the notes beside the lesson: they cover part of it.</source>
        <translation>The screen is too narrow for the notes beside the lesson: they cover part of it.</translation>
    </message>
    <message>
        <source>CC_STATUS_LOG: cannot write '%1': it must name a file in a folder that exists.</source>
        <translation>CC_STATUS_LOG: cannot write '%1': it must name a file in a folder that exists.</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
</TS>