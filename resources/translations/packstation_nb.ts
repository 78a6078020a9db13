<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
  <context>
    <name>Packstation</name>
    <message>
      <source>ORDER OPEN</source>
      <translation>ORDRE ÅPEN</translation>
    </message>
    <message>
      <source>Order {ref}: {n} units to pack</source>
      <translation>Ordre {ref}: {n} enheter å pakke</translation>
    </message>
    <message>
      <source>Expected about {g} g</source>
      <translation>Forventet ca. {g} g</translation>
    </message>
    <message>
      <source>Ship short (units missing)</source>
      <translation>Send med mangler (enheter mangler)</translation>
    </message>
    <message>
      <source>Slips not scanned</source>
      <translation>Sedler ikke skannet</translation>
    </message>
    <message>
      <source>Label not scanned</source>
      <translation>Etikett ikke skannet</translation>
    </message>
    <message>
      <source>Weight check</source>
      <translation>Vektkontroll</translation>
    </message>
    <message>
      <source>Empty database</source>
      <translation>Tom database</translation>
    </message>
    <message>
      <source>This database has no orders or users yet. Load demo data (orders, boxes and demo users)?</source>
      <translation>Denne databasen har ingen ordrer eller brukere ennå. Laste inn demodata (ordrer, esker og demobrukere)?</translation>
    </message>
    <message>
      <source>How many units of {sku} ({left} still to pack)?</source>
      <translation>Hvor mange enheter av {sku} ({left} gjenstår å pakke)?</translation>
    </message>
    <message>
      <source>Remove a unit</source>
      <translation>Ta ut en enhet</translation>
    </message>
    <message>
      <source>Take one unit of {sku} out of the box. Why?</source>
      <translation>Ta én enhet av {sku} ut av esken. Hvorfor?</translation>
    </message>
    <message>
      <source>Reprint</source>
      <translation>Skriv ut på nytt</translation>
    </message>
    <message>
      <source>Print the label and slips of this order again. Why?</source>
      <translation>Skriv ut etiketten og sedlene for denne ordren på nytt. Hvorfor?</translation>
    </message>
    <message>
      <source>Void label</source>
      <translation>Annuller etikett</translation>
    </message>
    <message>
      <source>Cancel this order's shipping label. Why?</source>
      <translation>Annuller fraktetiketten for denne ordren. Hvorfor?</translation>
    </message>
    <message>
      <source>SUSPENDED</source>
      <translation>PARKERT</translation>
    </message>
    <message>
      <source>Order {ref} is parked: scan its barcode at any bench to resume.</source>
      <translation>Ordre {ref} er parkert: skann strekkoden ved en hvilken som helst pakkebenk for å fortsette.</translation>
    </message>
    <message>
      <source>SENT TO EXCEPTION</source>
      <translation>SENDT TIL AVVIK</translation>
    </message>
    <message>
      <source>Order {ref}: {reason}. Put the tote on the exception shelf.</source>
      <translation>Ordre {ref}: {reason}. Sett kassen på avvikshyllen.</translation>
    </message>
    <message>
      <source>Send to exception</source>
      <translation>Send til avvik</translation>
    </message>
    <message>
      <source>Why can this order not be finished here?</source>
      <translation>Hvorfor kan ikke denne ordren fullføres her?</translation>
    </message>
    <message>
      <source>{check} check — {sku}</source>
      <translation>{check}-kontroll — {sku}</translation>
    </message>
    <message>
      <source>FAILED: {what}</source>
      <translation>AVVIST: {what}</translation>
    </message>
    <message>
      <source>OVERRIDDEN</source>
      <translation>OVERSTYRT</translation>
    </message>
    <message>
      <source>A lead approved: {reason}</source>
      <translation>En skiftleder godkjente: {reason}</translation>
    </message>
    <message>
      <source>ORDER CLOSED</source>
      <translation>ORDRE AVSLUTTET</translation>
    </message>
    <message>
      <source>Order {ref} is done. Scan the next order or press F3.</source>
      <translation>Ordre {ref} er ferdig. Skann neste ordre eller trykk F3.</translation>
    </message>
    <message>
      <source>Scan your badge</source>
      <translation>Skann kortet ditt</translation>
    </message>
    <message>
      <source>No order waiting in the queue.</source>
      <translation>Ingen ordre venter i køen.</translation>
    </message>
    <message>
      <source>order</source>
      <translation>ordre</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>AVVIST</translation>
    </message>
    <message>
      <source>4-12 digits</source>
      <translation>4–12 sifre</translation>
    </message>
    <message>
      <source>Add a person</source>
      <translation>Legg til en person</translation>
    </message>
    <message>
      <source>New / trainee</source>
      <translation>Ny / under opplæring</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Legg til</translation>
    </message>
    <message>
      <source>Selected person</source>
      <translation>Valgt person</translation>
    </message>
    <message>
      <source>Reset PIN</source>
      <translation>Tilbakestill PIN-kode</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Endre rolle</translation>
    </message>
    <message>
      <source>Deactivate / activate</source>
      <translation>Deaktiver / aktiver</translation>
    </message>
    <message>
      <source>Add station</source>
      <translation>Legg til stasjon</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <source>Badge</source>
      <translation>Kort</translation>
    </message>
    <message>
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <source>New PIN</source>
      <translation>Ny PIN-kode</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Personer</translation>
    </message>
    <message>
      <source>Stations</source>
      <translation>Stasjoner</translation>
    </message>
    <message>
      <source>Note: what was done (required to resolve)</source>
      <translation>Merknad: hva som ble gjort (påkrevd for å løse)</translation>
    </message>
    <message>
      <source>Release claim</source>
      <translation>Frigi ordren</translation>
    </message>
    <message>
      <source>Resolve: back to queue</source>
      <translation>Løs: tilbake i køen</translation>
    </message>
    <message>
      <source>Resolve: cancel order</source>
      <translation>Løs: kanseller ordren</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Last inn på nytt</translation>
    </message>
    <message>
      <source>Packstation — shift lead</source>
      <translation>Packstation — skiftleder</translation>
    </message>
    <message>
      <source>Dashboard</source>
      <translation>Oversikt</translation>
    </message>
    <message>
      <source>Exception queue</source>
      <translation>Avvikskø</translation>
    </message>
    <message>
      <source>People and stations</source>
      <translation>Personer og stasjoner</translation>
    </message>
    <message>
      <source>Campaigns</source>
      <translation>Kampanjer</translation>
    </message>
    <message>
      <source>Packstation — {station}</source>
      <translation>Packstation — {station}</translation>
    </message>
    <message>
      <source>Station {station}</source>
      <translation>Stasjon {station}</translation>
    </message>
    <message>
      <source>{action} is not possible now.</source>
      <translation>{action} er ikke mulig nå.</translation>
    </message>
    <message>
      <source>WELCOME</source>
      <translation>VELKOMMEN</translation>
    </message>
    <message>
      <source>{name} at {station}</source>
      <translation>{name} ved {station}</translation>
    </message>
    <message>
      <source>%v of %m units</source>
      <translation>%v av %m enheter</translation>
    </message>
    <message>
      <source>Packer: {name}</source>
      <translation>Pakker: {name}</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Logget ut</translation>
    </message>
    <message>
      <source>Acknowledge the stop first: press Esc or scan CMD-ACK.</source>
      <translation>Bekreft stoppen først: trykk Esc eller skann CMD-ACK.</translation>
    </message>
    <message>
      <source>ORDER RESUMED</source>
      <translation>ORDRE GJENOPPTATT</translation>
    </message>
    <message>
      <source>Order {ref} continues where it was left.</source>
      <translation>Ordre {ref} fortsetter der den slapp.</translation>
    </message>
    <message>
      <source>STOP</source>
      <translation>STOPP</translation>
    </message>
    <message>
      <source>NOT DONE</source>
      <translation>IKKE UTFØRT</translation>
    </message>
    <message>
      <source>Finish or close the open dialog first (Esc).</source>
      <translation>Fullfør eller lukk den åpne dialogen først (Esc).</translation>
    </message>
    <message>
      <source>Signed out after {m} idle minutes</source>
      <translation>Logget ut etter {m} minutter uten aktivitet</translation>
    </message>
    <message>
      <source>print queue</source>
      <translation>utskriftskø</translation>
    </message>
    <message>
      <source>Type your PIN</source>
      <translation>Tast inn PIN-koden</translation>
    </message>
    <message>
      <source>then press Enter</source>
      <translation>og trykk Enter</translation>
    </message>
    <message>
      <source>Something went wrong: {error}</source>
      <translation>Noe gikk galt: {error}</translation>
    </message>
    <message>
      <source>serial</source>
      <translation>serienummer</translation>
    </message>
    <message>
      <source>fragile</source>
      <translation>skjørt</translation>
    </message>
    <message>
      <source>hazmat</source>
      <translation>farlig gods</translation>
    </message>
    <message>
      <source>this side up</source>
      <translation>denne side opp</translation>
    </message>
    <message>
      <source>lot {lot}</source>
      <translation>parti {lot}</translation>
    </message>
    <message>
      <source>lot</source>
      <translation>parti</translation>
    </message>
    <message>
      <source>Box {n}: {box} — fill: {fill}</source>
      <translation>Eske {n}: {box} — fyll: {fill}</translation>
    </message>
    <message>
      <source>Not in a box: {qty} × {sku} — {reason}</source>
      <translation>Ikke i eske: {qty} × {sku} — {reason}</translation>
    </message>
    <message>
      <source>Cost: boxes {boxes} + fill {fill} + shipping {ship} = {total}</source>
      <translation>Kostnad: esker {boxes} + fyll {fill} + frakt {ship} = {total}</translation>
    </message>
    <message>
      <source>Box</source>
      <translation>Eske</translation>
    </message>
    <message>
      <source>No box proposal yet: scan any box barcode to choose one.</source>
      <translation>Ingen eskeforslag ennå: skann strekkoden til en eske for å velge.</translation>
    </message>
    <message>
      <source>Box confirmed: {codes}</source>
      <translation>Eske bekreftet: {codes}</translation>
    </message>
    <message>
      <source>Scan the box barcode {codes} to confirm (another box overrides).</source>
      <translation>Skann eskens strekkode {codes} for å bekrefte (en annen eske overstyrer).</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ingen</translation>
    </message>
    <message>
      <source>Scan an order or tote barcode</source>
      <translation>Skann strekkoden til en ordre eller kasse</translation>
    </message>
    <message>
      <source>or press F3 (scan CMD-NEXT) for the next order in the queue</source>
      <translation>eller trykk F3 (skann CMD-NEXT) for neste ordre i køen</translation>
    </message>
    <message>
      <source>GIFT</source>
      <translation>GAVE</translation>
    </message>
    <message>
      <source>Order {ref} — {merchant} — {customer}</source>
      <translation>Ordre {ref} — {merchant} — {customer}</translation>
    </message>
    <message>
      <source>Next: {sku} from bin {bin}</source>
      <translation>Neste: {sku} fra lokasjon {bin}</translation>
    </message>
    <message>
      <source>… and {n} more checks</source>
      <translation>… og {n} kontroller til</translation>
    </message>
    <message>
      <source>Failed: {check} — fix it or ask a lead (F11)</source>
      <translation>Avvist: {check} — rett det eller spør en skiftleder (F11)</translation>
    </message>
    <message>
      <source>Lead override</source>
      <translation>Overstyring av skiftleder</translation>
    </message>
    <message>
      <source>A lead scans their badge, types their PIN and gives the reason.</source>
      <translation>En skiftleder skanner kortet sitt, taster PIN-koden og oppgir årsaken.</translation>
    </message>
    <message>
      <source>scan the lead's badge</source>
      <translation>skann skiftlederens kort</translation>
    </message>
    <message>
      <source>What</source>
      <translation>Hva</translation>
    </message>
    <message>
      <source>Lead badge</source>
      <translation>Skiftleders kort</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Årsak</translation>
    </message>
    <message>
      <source>Scan the lead's badge first.</source>
      <translation>Skann skiftlederens kort først.</translation>
    </message>
    <message>
      <source>The lead's PIN is required; a badge alone is not enough.</source>
      <translation>Skiftlederens PIN-kode kreves; kortet alene er ikke nok.</translation>
    </message>
    <message>
      <source>Give a reason.</source>
      <translation>Oppgi en årsak.</translation>
    </message>
    <message>
      <source>Enter quantity</source>
      <translation>Angi antall</translation>
    </message>
    <message>
      <source>Keys and commands</source>
      <translation>Taster og kommandoer</translation>
    </message>
    <message>
      <source>Press the key, or scan the command barcode from the printed cheat sheet.</source>
      <translation>Trykk tasten, eller skann kommandostrekkoden fra det utskrevne oversiktsarket.</translation>
    </message>
    <message>
      <source>Enter  confirm      Esc  cancel</source>
      <translation>Enter  bekreft      Esc  avbryt</translation>
    </message>
    <message>
      <source>Type a whole number of units, e.g. 24.</source>
      <translation>Tast inn et helt antall enheter, f.eks. 24.</translation>
    </message>
    <message>
      <source>Key</source>
      <translation>Tast</translation>
    </message>
    <message>
      <source>Command barcode</source>
      <translation>Kommandostrekkode</translation>
    </message>
    <message>
      <source>What it does</source>
      <translation>Hva den gjør</translation>
    </message>
    <message>
      <source>{done} of {wanted} captured: {values}</source>
      <translation>{done} av {wanted} registrert: {values}</translation>
    </message>
    <message>
      <source>grams</source>
      <translation>gram</translation>
    </message>
    <message>
      <source>Scan, or type and press Enter</source>
      <translation>Skann, eller tast inn og trykk Enter</translation>
    </message>
    <message>
      <source>Put the damaged unit aside and scan a replacement unit.</source>
      <translation>Legg den skadde enheten til side og skann en erstatningsenhet.</translation>
    </message>
    <message>
      <source>Waiting for the replacement scan…</source>
      <translation>Venter på skanning av erstatningen…</translation>
    </message>
    <message>
      <source>S  read the scale      Enter  record the typed weight</source>
      <translation>S  les vekten      Enter  registrer inntastet vekt</translation>
    </message>
    <message>
      <source>No reading from the scale: type the weight in grams.</source>
      <translation>Ingen avlesning fra vekten: tast inn vekten i gram.</translation>
    </message>
    <message>
      <source>Type the weight in whole grams, e.g. 1250.</source>
      <translation>Tast inn vekten i hele gram, f.eks. 1250.</translation>
    </message>
    <message>
      <source>Y  the date is fine      N  expired or too short</source>
      <translation>Y  datoen er i orden      N  utløpt eller for kort</translation>
    </message>
    <message>
      <source>Y  yes, done / undamaged      N  no, damaged or missing</source>
      <translation>Y  ja, utført / uskadd      N  nei, skadet eller mangler</translation>
    </message>
    <message>
      <source>{value} was already captured.</source>
      <translation>{value} er allerede registrert.</translation>
    </message>
    <message>
      <source>Scan your badge to start</source>
      <translation>Skann kortet ditt for å starte</translation>
    </message>
    <message>
      <source>PIN, then Enter</source>
      <translation>PIN, deretter Enter</translation>
    </message>
    <message>
      <source>Printing</source>
      <translation>Utskrift</translation>
    </message>
    <message>
      <source>Slips and label</source>
      <translation>Sedler og etikett</translation>
    </message>
    <message>
      <source>PRINTER FAULT — {jobs}. Fix the printer, then F7 to reprint.</source>
      <translation>SKRIVERFEIL — {jobs}. Rett feilen på skriveren, og trykk F7 for å skrive ut på nytt.</translation>
    </message>
    <message>
      <source>☐ Slip {code}: scan it, then put it in the box</source>
      <translation>☐ Seddel {code}: skann den, og legg den i esken</translation>
    </message>
    <message>
      <source>☐ Label {code}: stick it on the box, then scan it</source>
      <translation>☐ Etikett {code}: fest den på esken, og skann den</translation>
    </message>
    <message>
      <source>Everything checked: F12 or scan CMD-CLOSE to close the order.</source>
      <translation>Alt er kontrollert: trykk F12 eller skann CMD-CLOSE for å avslutte ordren.</translation>
    </message>
    <message>
      <source>document</source>
      <translation>dokument</translation>
    </message>
    <message>
      <source>Scan each printed slip and the label to prove they are in and on the box.</source>
      <translation>Skann hver utskrevne seddel og etiketten for å bekrefte at de er i og på esken.</translation>
    </message>
    <message>
      <source>Printing…</source>
      <translation>Skriver ut…</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Klar</translation>
    </message>
    <message>
      <source>Acknowledged — carry on</source>
      <translation>Bekreftet — fortsett</translation>
    </message>
    <message>
      <source>Press Esc or scan CMD-ACK to continue</source>
      <translation>Trykk Esc eller skann CMD-ACK for å fortsette</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>TOO MANY</source>
      <translation>FOR MANGE</translation>
    </message>
    <message>
      <source>WRONG ITEM</source>
      <translation>FEIL VARE</translation>
    </message>
    <message>
      <source>UNKNOWN BARCODE</source>
      <translation>UKJENT STREKKODE</translation>
    </message>
    <message>
      <source>MISREAD — SCAN AGAIN</source>
      <translation>FEILLEST — SKANN PÅ NYTT</translation>
    </message>
    <message>
      <source>EXPIRED</source>
      <translation>UTLØPT</translation>
    </message>
    <message>
      <source>SHELF LIFE TOO SHORT</source>
      <translation>FOR KORT HOLDBARHET</translation>
    </message>
    <message>
      <source>WRONG LOT</source>
      <translation>FEIL PARTI</translation>
    </message>
    <message>
      <source>SCAN THE SERIAL</source>
      <translation>SKANN SERIENUMMERET</translation>
    </message>
    <message>
      <source>SERIAL ALREADY SHIPPED</source>
      <translation>SERIENUMMER ALLEREDE SENDT</translation>
    </message>
    <message>
      <source>SCAN EACH UNIT</source>
      <translation>SKANN HVER ENHET</translation>
    </message>
    <message>
      <source>NOT AN ITEM</source>
      <translation>IKKE EN VARE</translation>
    </message>
    <message>
      <source>SCANNED TWICE?</source>
      <translation>SKANNET TO GANGER?</translation>
    </message>
    <message>
      <source>ALREADY COUNTED</source>
      <translation>ALLEREDE TELT</translation>
    </message>
    <message>
      <source>BOX OK</source>
      <translation>ESKE OK</translation>
    </message>
    <message>
      <source>BOX CHANGED</source>
      <translation>ESKE ENDRET</translation>
    </message>
    <message>
      <source>SLIP OK</source>
      <translation>SEDDEL OK</translation>
    </message>
    <message>
      <source>WRONG SLIP</source>
      <translation>FEIL SEDDEL</translation>
    </message>
    <message>
      <source>LABEL OK</source>
      <translation>ETIKETT OK</translation>
    </message>
    <message>
      <source>WRONG LABEL</source>
      <translation>FEIL ETIKETT</translation>
    </message>
    <message>
      <source>COMMAND</source>
      <translation>KOMMANDO</translation>
    </message>
    <message>
      <source>{sku} — {scanned} of {ordered}</source>
      <translation>{sku} — {scanned} av {ordered}</translation>
    </message>
    <message>
      <source>{sku} needs only {ordered}. Take the extra unit out of the box.</source>
      <translation>{sku} trenger bare {ordered}. Ta den ekstra enheten ut av esken.</translation>
    </message>
    <message>
      <source>{sku} is not in this order. Put it aside.</source>
      <translation>{sku} er ikke i denne ordren. Legg den til side.</translation>
    </message>
    <message>
      <source>Barcode {raw} is not in the catalogue. Put the item aside.</source>
      <translation>Strekkoden {raw} finnes ikke i katalogen. Legg varen til side.</translation>
    </message>
    <message>
      <source>The same unit twice in a moment. Scan each unit once.</source>
      <translation>Samme enhet to ganger på et øyeblikk. Skann hver enhet én gang.</translation>
    </message>
    <message>
      <source>This scan was already counted; nothing changed.</source>
      <translation>Denne skanningen er allerede telt; ingenting ble endret.</translation>
    </message>
    <message>
      <source>Scan the items</source>
      <translation>Skann varene</translation>
    </message>
    <message>
      <source>Quality checks</source>
      <translation>Kvalitetskontroller</translation>
    </message>
    <message>
      <source>Slips</source>
      <translation>Sedler</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Etikett</translation>
    </message>
    <message>
      <source>Verify slips and label</source>
      <translation>Kontroller sedler og etikett</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Avsluttet</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Parkert</translation>
    </message>
    <message>
      <source>Sent to exception</source>
      <translation>Sendt til avvik</translation>
    </message>
    <message>
      <source>Wrong PIN.</source>
      <translation>Feil PIN-kode.</translation>
    </message>
    <message>
      <source>This badge is not known or not active.</source>
      <translation>Dette kortet er ukjent eller ikke aktivt.</translation>
    </message>
    <message>
      <source>Too many wrong PINs for {user}; wait ten minutes or ask an admin.</source>
      <translation>For mange feil PIN-koder for {user}; vent ti minutter eller spør en administrator.</translation>
    </message>
    <message>
      <source>{user} has no PIN yet; an admin must set one.</source>
      <translation>{user} har ingen PIN-kode ennå; en administrator må sette en.</translation>
    </message>
    <message>
      <source>{user} is not a shift lead; a lead must approve this.</source>
      <translation>{user} er ikke skiftleder; en skiftleder må godkjenne dette.</translation>
    </message>
    <message>
      <source>Order {order} was cancelled by the shop. Do not pack it.</source>
      <translation>Ordre {order} er kansellert av butikken. Ikke pakk den.</translation>
    </message>
    <message>
      <source>No unit of {sku} is in the box.</source>
      <translation>Ingen enhet av {sku} er i esken.</translation>
    </message>
    <message>
      <source>{grams} g is not a weight; put the box on the scale.</source>
      <translation>{grams} g er ikke en vekt; sett esken på vekten.</translation>
    </message>
    <message>
      <source>Scan or type the serial number.</source>
      <translation>Skann eller tast inn serienummeret.</translation>
    </message>
    <message>
      <source>Inspect {sku}: confirm it is undamaged, or mark it damaged and scan a replacement.</source>
      <translation>Kontroller {sku}: bekreft at den er uskadd, eller merk den som skadet og skann en erstatning.</translation>
    </message>
    <message>
      <source>Check the expiry date of {sku} and confirm it.</source>
      <translation>Kontroller utløpsdatoen for {sku} og bekreft den.</translation>
    </message>
    <message>
      <source>Capture the serial number of every unit of {sku}.</source>
      <translation>Registrer serienummeret til hver enhet av {sku}.</translation>
    </message>
    <message>
      <source>Capture the lot number of {sku}.</source>
      <translation>Registrer partinummeret til {sku}.</translation>
    </message>
    <message>
      <source>Put the closed box on the scale.</source>
      <translation>Sett den lukkede esken på vekten.</translation>
    </message>
    <message>
      <source>{sku} is fragile: wrap it and put a FRAGILE sticker on the box, then confirm.</source>
      <translation>{sku} er skjør: pakk den inn og sett et SKJØRT-merke på esken, og bekreft.</translation>
    </message>
    <message>
      <source>Hazardous goods (class {hazmat_class}): put the hazard mark on the box, then confirm.</source>
      <translation>Farlig gods (klasse {hazmat_class}): sett faremerket på esken, og bekreft.</translation>
    </message>
    <message>
      <source>Gift order: check the packing slip shows no prices and the gift message is in the box.</source>
      <translation>Gaveordre: kontroller at pakkseddelen ikke viser priser, og at gavehilsenen ligger i esken.</translation>
    </message>
    <message>
      <source>Damage check</source>
      <translation>Skadekontroll</translation>
    </message>
    <message>
      <source>Expiry check</source>
      <translation>Datokontroll</translation>
    </message>
    <message>
      <source>Serial numbers</source>
      <translation>Serienumre</translation>
    </message>
    <message>
      <source>Lot number</source>
      <translation>Partinummer</translation>
    </message>
    <message>
      <source>Weigh the box</source>
      <translation>Vei esken</translation>
    </message>
    <message>
      <source>Fragile item</source>
      <translation>Skjør vare</translation>
    </message>
    <message>
      <source>Hazardous goods</source>
      <translation>Farlig gods</translation>
    </message>
    <message>
      <source>Gift order</source>
      <translation>Gaveordre</translation>
    </message>
    <message>
      <source>SKU</source>
      <translation>Varenr.</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Beskrivelse</translation>
    </message>
    <message>
      <source>Bin</source>
      <translation>Lokasjon</translation>
    </message>
    <message>
      <source>Scanned</source>
      <translation>Skannet</translation>
    </message>
    <message>
      <source>Capture</source>
      <translation>Registrert</translation>
    </message>
    <message>
      <source>Acknowledge stop</source>
      <translation>Bekreft stopp</translation>
    </message>
    <message>
      <source>Confirm you have seen a red stop; nothing else clears it.</source>
      <translation>Bekreft at du har sett et rødt stopp; ingenting annet fjerner det.</translation>
    </message>
    <message>
      <source>Show this list on screen.</source>
      <translation>Vis denne listen på skjermen.</translation>
    </message>
    <message>
      <source>Undo last scan</source>
      <translation>Angre siste skanning</translation>
    </message>
    <message>
      <source>Take the last accepted unit back out of the box.</source>
      <translation>Ta den sist godkjente enheten ut av esken igjen.</translation>
    </message>
    <message>
      <source>Next order</source>
      <translation>Neste ordre</translation>
    </message>
    <message>
      <source>Take the next order from the queue.</source>
      <translation>Ta neste ordre fra køen.</translation>
    </message>
    <message>
      <source>Type a count for a large line instead of scanning each.</source>
      <translation>Tast inn antallet for en stor linje i stedet for å skanne hver enhet.</translation>
    </message>
    <message>
      <source>Take one unit of the active line out, with a reason.</source>
      <translation>Ta én enhet av den aktive linjen ut, med en årsak.</translation>
    </message>
    <message>
      <source>Read the scale, or type the weight.</source>
      <translation>Les av vekten, eller tast inn vekten.</translation>
    </message>
    <message>
      <source>Reprint label / slips</source>
      <translation>Skriv ut etikett / sedler på nytt</translation>
    </message>
    <message>
      <source>Print the documents of this order again.</source>
      <translation>Skriv ut dokumentene for denne ordren på nytt.</translation>
    </message>
    <message>
      <source>Cancel the shipping label of this order.</source>
      <translation>Annuller fraktetiketten for denne ordren.</translation>
    </message>
    <message>
      <source>Suspend order</source>
      <translation>Parker ordre</translation>
    </message>
    <message>
      <source>Park the order; resume it later at any bench.</source>
      <translation>Parker ordren; fortsett senere ved en hvilken som helst pakkebenk.</translation>
    </message>
    <message>
      <source>Hand the order to the lead with a reason.</source>
      <translation>Gi ordren til skiftlederen med en årsak.</translation>
    </message>
    <message>
      <source>A lead approves a blocked step: badge, PIN, reason.</source>
      <translation>En skiftleder godkjenner et blokkert trinn: kort, PIN-kode, årsak.</translation>
    </message>
    <message>
      <source>Close order</source>
      <translation>Avslutt ordre</translation>
    </message>
    <message>
      <source>Finish the order when every check is done.</source>
      <translation>Fullfør ordren når alle kontroller er utført.</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Logg ut</translation>
    </message>
    <message>
      <source>End your session at this bench.</source>
      <translation>Avslutt økten din ved denne pakkebenken.</translation>
    </message>
  </context>
</TS>
