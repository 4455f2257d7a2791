<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Pool</name>
    <message>
        <source>Bad value '%1' for --src: expected an existing folder</source>
        <translation>Bad value '%1' for --src: expected an existing folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: it is not a folder</source>
        <translation>Bad value '%1' for --src: it is not a folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: the folder cannot be read</source>
        <translation>Bad value '%1' for --src: the folder cannot be read</translation>
    </message>
    <message>
        <source>Missing --dst: expected a new folder to copy into</source>
        <translation>Missing --dst: expected a new folder to copy into</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it is inside the source folder %2; expected a folder outside it</source>
        <translation>Bad value '%1' for --dst: it is inside the source folder %2; expected a folder outside it</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it exists and is not a folder</source>
        <translation>Bad value '%1' for --dst: it exists and is not a folder</translation>
    </message>
    <message>
        <source>Bad value '%1' for --src: the file %2 cannot be read</source>
        <translation>Bad value '%1' for --src: the file %2 cannot be read</translation>
    </message>
    <message>
        <source>Bad value '%1' for --dst: it already holds %2; existing files are never overwritten, expected a new folder</source>
        <translation>Bad value '%1' for --dst: it already holds %2; existing files are never overwritten, expected a new folder</translation>
    </message>
    <message>
        <source>%1: the copy differs from the source (size or XXH3 hash)</source>
        <translation>%1: the copy differs from the source (size or XXH3 hash)</translation>
    </message>
    <message>
        <source>%1 already exists and differs: not overwritten</source>
        <translation>%1 already exists and differs: not overwritten</translation>
    </message>
    <message>
        <source>folder to copy (not given: a generated folder of 100 files)</source>
        <translation>folder to copy (not given: a generated folder of 100 files)</translation>
    </message>
    <message>
        <source>bytes per read (the notes read 1024)</source>
        <translation>bytes per read (the notes read 1024)</translation>
    </message>
    <message>
        <source>copies a folder with a pool of N worker processes (or threads), verifying every file</source>
        <translation>copies a folder with a pool of N worker processes (or threads), verifying every file</translation>
    </message>
    <message>
        <source>new folder to copy into (required)</source>
        <translation>new folder to copy into (required)</translation>
    </message>
    <message>
        <source>pool size</source>
        <translation>pool size</translation>
    </message>
    <message>
        <source>worker processes or a thread pool</source>
        <translation>worker processes or a thread pool</translation>
    </message>
    <message>
        <source>times the copy with pools of 1, 2, 5, 10, 20, 50 and 100 workers</source>
        <translation>times the copy with pools of 1, 2, 5, 10, 20, 50 and 100 workers</translation>
    </message>
    <message>
        <source>which pools to time</source>
        <translation>which pools to time</translation>
    </message>
    <message>
        <source>Process pool</source>
        <translation>Process pool</translation>
    </message>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>Unknown option '%1' for --run %2: the options are %3</source>
        <translation>Unknown option '%1' for --run %2: the options are %3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>expected a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>expected process or thread</source>
        <translation>expected process or thread</translation>
    </message>
    <message>
        <source>expected a number of bytes from 1 to %1 (the notes read 1024 at a time)</source>
        <translation>expected a number of bytes from 1 to %1 (the notes read 1024 at a time)</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>Option %1 needs a value</translation>
    </message>
    <message>
        <source>Cannot create the sample folder in %1</source>
        <translation>Cannot create the sample folder in %1</translation>
    </message>
    <message>
        <source>The copy stopped: %1</source>
        <translation>The copy stopped: %1</translation>
    </message>
</context>
</TS>