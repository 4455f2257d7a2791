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
    <message>
        <source>Finished: %1 pages saved + %2 failed = %3 of %4.</source>
        <translation>Finished: %1 pages saved + %2 failed = %3 of %4.</translation>
    </message>
    <message>
        <source>%1 is waiting (for the site, the queue or the file): it moves on once that answers.</source>
        <translation>%1 is waiting (for the site, the queue or the file): it moves on once that answers.</translation>
    </message>
    <message>
        <source>fetching page %1</source>
        <translation>fetching page %1</translation>
    </message>
    <message>
        <source>retrying page %1</source>
        <translation>retrying page %1</translation>
    </message>
    <message>
        <source>waiting to put page %1</source>
        <translation>waiting to put page %1</translation>
    </message>
    <message>
        <source>putting page %1</source>
        <translation>putting page %1</translation>
    </message>
    <message>
        <source>waiting to get</source>
        <translation>waiting to get</translation>
    </message>
    <message>
        <source>getting</source>
        <translation>getting</translation>
    </message>
    <message>
        <source>parsing page %1</source>
        <translation>parsing page %1</translation>
    </message>
    <message>
        <source>waiting for the file</source>
        <translation>waiting for the file</translation>
    </message>
    <message>
        <source>saving page %1</source>
        <translation>saving page %1</translation>
    </message>
    <message>
        <source>page %1 failed</source>
        <translation>page %1 failed</translation>
    </message>
    <message>
        <source>waiting for P%1 to end</source>
        <translation>waiting for P%1 to end</translation>
    </message>
    <message>
        <source>joining P%1</source>
        <translation>joining P%1</translation>
    </message>
    <message>
        <source>putting None #%1</source>
        <translation>putting None #%1</translation>
    </message>
    <message>
        <source>got None: stops</source>
        <translation>got None: stops</translation>
    </message>
    <message>
        <source>HTTP %1 (attempts: %2)</source>
        <translation>HTTP %1 (attempts: %2)</translation>
    </message>
    <message>
        <source>no answer in time (attempts: %1)</source>
        <translation>no answer in time (attempts: %1)</translation>
    </message>
    <message>
        <source>cannot connect (attempts: %1)</source>
        <translation>cannot connect (attempts: %1)</translation>
    </message>
    <message>
        <source>no answer (attempts: %1)</source>
        <translation>no answer (attempts: %1)</translation>
    </message>
    <message>
        <source>malformed page (its HTML breaks off)</source>
        <translation>malformed page (its HTML breaks off)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Pages/s</source>
        <translation>Pages/s</translation>
    </message>
    <message>
        <source>The crawl could not start: %1</source>
        <translation>The crawl could not start: %1</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 more)</translation>
    </message>
    <message>
        <source>Timing could not start: %1</source>
        <translation>Timing could not start: %1</translation>
    </message>
    <message>
        <source>Full speed, same knobs: producers and consumers %1 s, one thread %2 s.</source>
        <translation>Full speed, same knobs: producers and consumers %1 s, one thread %2 s.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>&amp;Producers:</source>
        <translation>&amp;Producers:</translation>
    </message>
    <message>
        <source>&amp;Consumers:</source>
        <translation>&amp;Consumers:</translation>
    </message>
    <message>
        <source>&amp;maxsize:</source>
        <translation>&amp;maxsize:</translation>
    </message>
    <message>
        <source>Late&amp;ncy:</source>
        <translation>Late&amp;ncy:</translation>
    </message>
    <message>
        <source>&amp;Fail rate:</source>
        <translation>&amp;Fail rate:</translation>
    </message>
    <message>
        <source>Producer threads</source>
        <translation>Producer threads</translation>
    </message>
    <message>
        <source>Consumer threads</source>
        <translation>Consumer threads</translation>
    </message>
    <message>
        <source>Queue capacity (maxsize)</source>
        <translation>Queue capacity (maxsize)</translation>
    </message>
    <message>
        <source>Site latency in milliseconds</source>
        <translation>Site latency in milliseconds</translation>
    </message>
    <message>
        <source>Share of pages that fail, in percent</source>
        <translation>Share of pages that fail, in percent</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Where the consumers save the items (JSON Lines)</source>
        <translation>Where the consumers save the items (JSON Lines)</translation>
    </message>
    <message>
        <source>&amp;Time both</source>
        <translation>&amp;Time both</translation>
    </message>
    <message>
        <source>Crawl the same pages at full speed with producers and consumers, then with one thread, and compare the times</source>
        <translation>Crawl the same pages at full speed with producers and consumers, then with one thread, and compare the times</translation>
    </message>
    <message>
        <source>Queue q: %1 of %2</source>
        <translation>Queue q: %1 of %2</translation>
    </message>
    <message>
        <source>None = a poison pill: the consumer that gets it stops.</source>
        <translation>None = a poison pill: the consumer that gets it stops.</translation>
    </message>
    <message>
        <source>Press Play to crawl.</source>
        <translation>Press Play to crawl.</translation>
    </message>
    <message>
        <source>Queue and threads</source>
        <translation>Queue and threads</translation>
    </message>
    <message>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <source>Queue fill over time</source>
        <translation>Queue fill over time</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>items in the queue</source>
        <translation>items in the queue</translation>
    </message>
    <message>
        <source>fetch %1</source>
        <translation>fetch %1</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>retry %1</translation>
    </message>
    <message>
        <source>put %1</source>
        <translation>put %1</translation>
    </message>
    <message>
        <source>get</source>
        <translation>get</translation>
    </message>
    <message>
        <source>parse %1</source>
        <translation>parse %1</translation>
    </message>
    <message>
        <source>save %1</source>
        <translation>save %1</translation>
    </message>
    <message>
        <source>failed %1</source>
        <translation>failed %1</translation>
    </message>
    <message>
        <source>join P%1</source>
        <translation>join P%1</translation>
    </message>
    <message>
        <source>&amp;Output folder</source>
        <translation>&amp;Output folder</translation>
    </message>
    <message>
        <source>maxsize (dashed)</source>
        <translation>maxsize (dashed)</translation>
    </message>
    <message>
        <source>crawl http://…{page}… instead of the app's own site (needs the internet)</source>
        <translation>crawl http://…{page}… instead of the app's own site (needs the internet)</translation>
    </message>
    <message>
        <source>an http:// URL with {page} in its path or query</source>
        <translation>an http:// URL with {page} in its path or query</translation>
    </message>
    <message>
        <source>Saved + failed</source>
        <translation>Saved + failed</translation>
    </message>
    <message>
        <source>&amp;Internet</source>
        <translation>&amp;Internet</translation>
    </message>
    <message>
        <source>For classrooms with internet: crawl another site's pages instead of the app's own loopback site</source>
        <translation>For classrooms with internet: crawl another site's pages instead of the app's own loopback site</translation>
    </message>
    <message>
        <source>URL template, {page} where the page number goes</source>
        <translation>URL template, {page} where the page number goes</translation>
    </message>
    <message>
        <source> (Enter to use it)</source>
        <translation> (Enter to use it)</translation>
    </message>
    <message>
        <source>only deals with the queue: puts</source>
        <translation>only deals with the queue: puts</translation>
    </message>
    <message>
        <source>only deals with the queue: gets</source>
        <translation>only deals with the queue: gets</translation>
    </message>
    <message>
        <source>build the url</source>
        <translation>build the url</translation>
    </message>
    <message>
        <source>one pill each</source>
        <translation>one pill each</translation>
    </message>
    <message>
        <source>Checking whether %1:%2 answers (at most %3 ms)…</source>
        <translation>Checking whether %1:%2 answers (at most %3 ms)…</translation>
    </message>
    <message>
        <source>Pages from %1 (not the app's own site).</source>
        <translation>Pages from %1 (not the app's own site).</translation>
    </message>
    <message>
        <source>Not a usable URL template: %1. It needs http://, a host, and {page} where the page number goes. The crawl stays on the app's own site.</source>
        <translation>Not a usable URL template: %1. It needs http://, a host, and {page} where the page number goes. The crawl stays on the app's own site.</translation>
    </message>
    <message>
        <source>Cannot reach %1:%2 within %3 ms: no internet, or the site is down. The crawl stays on the app's own site.</source>
        <translation>Cannot reach %1:%2 within %3 ms: no internet, or the site is down. The crawl stays on the app's own site.</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>fetching</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>retrying</translation>
    </message>
    <message>
        <source>waiting to put</source>
        <translation>waiting to put</translation>
    </message>
    <message>
        <source>putting</source>
        <translation>putting</translation>
    </message>
    <message>
        <source>parsing</source>
        <translation>parsing</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>saving</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>The crawler cannot start: %1</source>
        <translation>The crawler cannot start: %1</translation>
    </message>
</context>
</TS>