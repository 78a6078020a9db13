<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message numerus="yes">
      <source>Pick ticket {key} (%n item(s) in tote)</source>
      <translation>
        <numerusform>Pick ticket {key} (%n item in tote)</numerusform>
        <numerusform>Pick ticket {key} (%n items in tote)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Order {ref}: %n unit(s) to pack</source>
      <translation>
        <numerusform>Order {ref}: %n unit to pack</numerusform>
        <numerusform>Order {ref}: %n units to pack</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>How many units of {sku} (%n still to pack)?</source>
      <translation>
        <numerusform>How many units of {sku} (%n still to pack)?</numerusform>
        <numerusform>How many units of {sku} (%n still to pack)?</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day(s).</source>
      <translation>
        <numerusform>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n day.</numerusform>
        <numerusform>Insert cost in all: {cost} ({each} each). Came back: ordered again within %n days.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}) — %n slip</numerusform>
        <numerusform>{name} ({kind}) — %n slips</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} ({kind}, off) — %n slip(s)</source>
      <translation>
        <numerusform>{name} ({kind}, off) — %n slip</numerusform>
        <numerusform>{name} ({kind}, off) — %n slips</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;{title}&lt;/b&gt; — %n event(s). Enter or double-click on one shows its order's whole timeline; Esc goes back.</source>
      <translation>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n event. Enter or double-click on one shows its order's whole timeline; Esc goes back.</numerusform>
        <numerusform>&lt;b&gt;{title}&lt;/b&gt; — %n events. Enter or double-click on one shows its order's whole timeline; Esc goes back.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved: %n scenario(s) required before real orders.</source>
      <translation>
        <numerusform>Saved: %n scenario required before real orders.</numerusform>
        <numerusform>Saved: %n scenarios required before real orders.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%v of %n unit(s)</source>
      <translation>
        <numerusform>%v of %n unit</numerusform>
        <numerusform>%v of %n units</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Signed out after %n idle minute(s)</source>
      <translation>
        <numerusform>Signed out after %n idle minute</numerusform>
        <numerusform>Signed out after %n idle minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>… and %n more check(s)</source>
      <translation>
        <numerusform>… and %n more check</numerusform>
        <numerusform>… and %n more checks</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This scan counts %n unit(s) but line {line_no} needs only {remaining} more. Open the pack or scan single units.</source>
      <translation>
        <numerusform>This scan counts %n unit but line {line_no} needs only {remaining} more. Open the pack or scan single units.</numerusform>
        <numerusform>This scan counts %n units but line {line_no} needs only {remaining} more. Open the pack or scan single units.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This unit expires in %n day(s); {sku} must have at least {min_days}. Take a fresher unit.</source>
      <translation>
        <numerusform>This unit expires in %n day; {sku} must have at least {min_days}. Take a fresher unit.</numerusform>
        <numerusform>This unit expires in %n days; {sku} must have at least {min_days}. Take a fresher unit.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At most %n unit(s) of {sku} may be typed at once.</source>
      <translation>
        <numerusform>At most %n unit of {sku} may be typed at once.</numerusform>
        <numerusform>At most %n units of {sku} may be typed at once.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Slip OK; %n to go.</source>
      <translation>
        <numerusform>Slip OK; %n to go.</numerusform>
        <numerusform>Slip OK; %n to go.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This slip was already scanned; %n to go.</source>
      <translation>
        <numerusform>This slip was already scanned; %n to go.</numerusform>
        <numerusform>This slip was already scanned; %n to go.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Label OK; %n to go.</source>
      <translation>
        <numerusform>Label OK; %n to go.</numerusform>
        <numerusform>Label OK; %n to go.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>This label was already scanned; %n to go.</source>
      <translation>
        <numerusform>This label was already scanned; %n to go.</numerusform>
        <numerusform>This label was already scanned; %n to go.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{sku} expires {expiry} (%n day(s) left; needs {min_days}).</source>
      <translation>
        <numerusform>{sku} expires {expiry} (%n day left; needs {min_days}).</numerusform>
        <numerusform>{sku} expires {expiry} (%n days left; needs {min_days}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>{name} has no recurring mistakes to practise in the last %n day(s).</source>
      <translation>
        <numerusform>{name} has no recurring mistakes to practise in the last %n day.</numerusform>
        <numerusform>{name} has no recurring mistakes to practise in the last %n days.</numerusform>
      </translation>
    </message>
  </context>
</TS>
