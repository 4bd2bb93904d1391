<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>nameplan::MainWindow</name>
    <message>
        <source>Nameplan</source>
        <translation>Nameplan</translation>
    </message>
    <message>
        <source>No model open</source>
        <translation>Kein Modell geöffnet</translation>
    </message>
    <message>
        <source>%1 — Nameplan</source>
        <translation>%1 — Nameplan</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>nameplan::TopologyView</name>
    <message>
        <source>Topology diagram</source>
        <translation>Topologiediagramm</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms, drag pans, F fits; double-click a component to mark it out</source>
        <translation>Strg+Mausrad zoomt, Ziehen verschiebt, F passt ein; Doppelklick auf eine Komponente markiert sie als ausgefallen</translation>
    </message>
</context>
</TS>
