<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Presenter</name>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>No lesson</source>
        <translation>尚未选择课程</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>现在时间</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>这一页没有备注。</translation>
    </message>
    <message>
        <source>Next: (end of the lesson)</source>
        <translation>下一页：（本课结束）</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一页：%1</translation>
    </message>
</context>
</TS>
