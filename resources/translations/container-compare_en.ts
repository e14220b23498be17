<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogModel</name>
    <message numerus="yes">
        <location filename="../../models/CatalogModel.cpp" line="+516"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostModel</name>
    <message numerus="yes">
        <location filename="../../models/CostModel.cpp" line="+539"/>
        <source>Each %1 keeps back %2 vCPU / %3 GiB for its agent: %n task(s) a host.</source>
        <translation>
            <numerusform>Each %1 keeps back %2 vCPU / %3 GiB for its agent: %n task a host.</numerusform>
            <numerusform>Each %1 keeps back %2 vCPU / %3 GiB for its agent: %n tasks a host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Your own %n host(s) run the tasks: the servers, power and network are yours and not included. Reaching VPC resources needs Direct Connect or Site-to-Site VPN.</source>
        <translation>
            <numerusform>Your own %n host runs the tasks: the servers, power and network are yours and not included. Reaching VPC resources needs Direct Connect or Site-to-Site VPN.</numerusform>
            <numerusform>Your own %n hosts run the tasks: the servers, power and network are yours and not included. Reaching VPC resources needs Direct Connect or Site-to-Site VPN.</numerusform>
        </translation>
    </message>
</context>
</TS>
