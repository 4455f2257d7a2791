<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Processes</name>
    <message>
        <source>starts N child processes that each change their copy of g; prints their PIDs and the parent's unchanged g</source>
        <translation>starts N child processes that each change their copy of g; prints their PIDs and the parent's unchanged g</translation>
    </message>
    <message>
        <source>real child processes</source>
        <translation>real child processes</translation>
    </message>
    <message>
        <source>Process(target=…) or a subclass of Process</source>
        <translation>Process(target=…) or a subclass of Process</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <source>Bad value '%1' for %2: %3</source>
        <translation>Bad value '%1' for %2: %3</translation>
    </message>
    <message>
        <source>expected a whole number from 1 to %1</source>
        <translation>expected a whole number from 1 to %1</translation>
    </message>
    <message>
        <source>expected function or subclass</source>
        <translation>expected function or subclass</translation>
    </message>
    <message>
        <source>Unknown option '%1' for --run processes: the options are %2</source>
        <translation>Unknown option '%1' for --run processes: the options are %2</translation>
    </message>
    <message>
        <source>Option %1 needs a value</source>
        <translation>Option %1 needs a value</translation>
    </message>
    <message>
        <source>%1 waits in join(): it cannot move until %2 has ended.</source>
        <translation>%1 waits in join(): it cannot move until %2 has ended.</translation>
    </message>
    <message>
        <source>Sent SIGKILL to P%1, as kill -9 %2 in a terminal.</source>
        <translation>Sent SIGKILL to P%1, as kill -9 %2 in a terminal.</translation>
    </message>
    <message>
        <source>main · PID %1</source>
        <translation>main · PID %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>P%1 · PID %2</source>
        <translation>P%1 · PID %2</translation>
    </message>
    <message>
        <source>P%1 · no PID yet</source>
        <translation>P%1 · no PID yet</translation>
    </message>
    <message>
        <source>PPID %1</source>
        <translation>PPID %1</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>starting</translation>
    </message>
    <message>
        <source>ended, exit code %1</source>
        <translation>ended, exit code %1</translation>
    </message>
    <message>
        <source>killed by signal %1</source>
        <translation>killed by signal %1</translation>
    </message>
    <message>
        <source>Send SIGKILL to P%1 (kill -9)</source>
        <translation>Send SIGKILL to P%1 (kill -9)</translation>
    </message>
    <message>
        <source>Finished: the parent's g is %1.</source>
        <translation>Finished: the parent's g is %1.</translation>
    </message>
    <message>
        <source>&amp;Children:</source>
        <translation>&amp;Children:</translation>
    </message>
    <message>
        <source>procedural: Process(target=…)</source>
        <translation>procedural: Process(target=…)</translation>
    </message>
    <message>
        <source>object-oriented: MyProcess(Process)</source>
        <translation>object-oriented: MyProcess(Process)</translation>
    </message>
    <message>
        <source>Process(target=task, args=(n,)) or a subclass of Process that overrides run()</source>
        <translation>Process(target=task, args=(n,)) or a subclass of Process that overrides run()</translation>
    </message>
    <message>
        <source>How the children are written</source>
        <translation>How the children are written</translation>
    </message>
    <message>
        <source>See them in a terminal: ps -o pid,ppid,cmd --ppid %1</source>
        <translation>See them in a terminal: ps -o pid,ppid,cmd --ppid %1</translation>
    </message>
    <message>
        <source>p.start()</source>
        <translation>p.start()</translation>
    </message>
    <message>
        <source>p.join()</source>
        <translation>p.join()</translation>
    </message>
    <message>
        <source>print</source>
        <translation>print</translation>
    </message>
    <message>
        <source>run()</source>
        <translation>run()</translation>
    </message>
    <message>
        <source>g += n</source>
        <translation>g += n</translation>
    </message>
    <message>
        <source>work</source>
        <translation>work</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Address spaces</source>
        <translation>Address spaces</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Number of child processes</source>
        <translation>Number of child processes</translation>
    </message>
    <message>
        <source>in join() for %1</source>
        <translation>in join() for %1</translation>
    </message>
    <message>
        <source>Finished: the children changed their own copies; the parent's g is still %1.</source>
        <translation>Finished: the children changed their own copies; the parent's g is still %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n killed by signal 9, joined too.</source>
        <translation><numerusform>%n killed by signal 9, joined too.</numerusform><numerusform>%n killed by signal 9, joined too.</numerusform></translation>
    </message>
    <message>
        <source>ended, unchanged</source>
        <translation>ended, unchanged</translation>
    </message>
</context>
</TS>