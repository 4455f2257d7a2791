<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Crawler</name>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>expected a file that can be written, in a folder that exists</source>
        <translation>expected a file that can be written, in a folder that exists</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>page %1: %2</translation>
    </message>
    <message>
        <source>P producers fetch N pages over real HTTP from the app's loopback site, C consumers parse and save them; each failed page's reason goes to stderr</source>
        <translation>P producers fetch N pages over real HTTP from the app's loopback site, C consumers parse and save them; each failed page's reason goes to stderr</translation>
    </message>
    <message>
        <source>pages to crawl</source>
        <translation>pages to crawl</translation>
    </message>
    <message>
        <source>producer threads (fetch)</source>
        <translation>producer threads (fetch)</translation>
    </message>
    <message>
        <source>consumer threads (parse and save)</source>
        <translation>consumer threads (parse and save)</translation>
    </message>
    <message>
        <source>the queue's maxsize, 0 = unbounded</source>
        <translation>the queue's maxsize, 0 = unbounded</translation>
    </message>
    <message>
        <source>the site's delay per answer, in ms</source>
        <translation>the site's delay per answer, in ms</translation>
    </message>
    <message>
        <source>± random delay, in ms</source>
        <translation>± random delay, in ms</translation>
    </message>
    <message>
        <source>share of pages that fail (500, stall, malformed)</source>
        <translation>share of pages that fail (500, stall, malformed)</translation>
    </message>
    <message>
        <source>producers and consumers, or the notes' single-threaded while loop</source>
        <translation>producers and consumers, or the notes' single-threaded while loop</translation>
    </message>
    <message>
        <source>JSON Lines file for the saved items (default: a temporary file, removed)</source>
        <translation>JSON Lines file for the saved items (default: a temporary file, removed)</translation>
    </message>
    <message>
        <source>Multithreaded crawler</source>
        <translation>Multithreaded crawler</translation>
    </message>
</context>
</TS>